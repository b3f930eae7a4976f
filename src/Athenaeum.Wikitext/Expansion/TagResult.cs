namespace Athenaeum.Wikitext.Expansion;

/// <summary>What an extension tag returns: its output and the kind of strip marker that protects it.</summary>
/// <param name="Output">The output: HTML for <see cref="StripMarkerKind.General"/>, text for the others.</param>
/// <param name="MarkerKind">How the output is protected from the rest of the parse.</param>
public readonly record struct TagResult(string Output, StripMarkerKind MarkerKind = StripMarkerKind.General)
{
    /// <summary>Wraps finished HTML as a result.</summary>
    /// <param name="html">The HTML.</param>
    public static implicit operator TagResult(string html) => new(html);

    /// <summary>Wraps finished HTML as a result.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The result.</returns>
    public static TagResult FromString(string html) => new(html);
}
