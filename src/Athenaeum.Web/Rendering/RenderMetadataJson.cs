using System.Text.Json.Serialization;

namespace Athenaeum.Web.Rendering;

/// <summary>The JSON serializer settings of <see cref="RenderMetadata"/> (source-generated).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RenderMetadata))]
internal sealed partial class RenderMetadataJson : JsonSerializerContext;
