using System.Text.Json.Serialization;

namespace Athenaeum.Web.Search;

/// <summary>The JSON of <c>/suggest</c>: an array of <c>{"title","url","redirectsTo"}</c>, made without reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<TitleSuggestion>))]
internal sealed partial class SuggestionJson : JsonSerializerContext;
