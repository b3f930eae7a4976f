namespace Athenaeum.Web.Flags;

/// <summary>The reasons a reader may give for a flag: the stored code and the label the form shows.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class FlagReasons
{
    /// <summary>Gets the reasons in the form's order.</summary>
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        ("copyright", "It infringes copyright"),
        ("inaccurate", "It is inaccurate or misleading"),
        ("offensive", "It is offensive or abusive"),
        ("spam", "It is spam or advertising"),
        ("other", "Something else (please explain)"),
    ];

    /// <summary>Tells whether a code is one of the reasons.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for a known reason.</returns>
    public static bool IsKnown(string code) => All.Any(r => string.Equals(r.Code, code, StringComparison.Ordinal));
}
