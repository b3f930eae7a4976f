using System.Security.Cryptography;
using System.Text;

namespace Athenaeum.Web.Rendering;

/// <summary>
/// The version stamped on every cached rendering. It changes whenever the engine changes: it is made
/// from the module version ids of the engine's assemblies (deterministic builds give a new id exactly
/// when an assembly's code changes) and <see cref="WebFormat"/>, which the web bumps when it changes how
/// it calls the engine (pipeline, options) or what it stores beside the HTML.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal static class RendererVersion
{
    /// <summary>The version of the web's render settings and metadata format.</summary>
    public const int WebFormat = 1;

    /// <summary>Gets the current renderer version, for example <c>w1-3f9a0c12</c>.</summary>
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var sb = new StringBuilder();
        foreach (var assembly in WikitextPipelineFactory.EngineAssemblies)
        {
            sb.Append(assembly.GetName().Name).Append(':').Append(assembly.ManifestModule.ModuleVersionId.ToString("N")).Append(';');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return "w" + WebFormat.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }
}
