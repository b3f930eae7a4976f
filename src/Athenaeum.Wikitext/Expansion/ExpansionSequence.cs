using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// A sequence of text and nodes made during expansion and expanded in place (MediaWiki's
/// virtualBracketedImplode): a template or argument left as written, with its parts still expanded.
/// </summary>
internal sealed class ExpansionSequence : Node
{
    private readonly object[] _parts;

    private ExpansionSequence(object[] parts)
        : base(-1, 0) => _parts = parts;

    internal override int PartCount => _parts.Length;

    /// <summary>Builds <c>open + title ("|" part)* + close</c>.</summary>
    /// <param name="open">The opening braces.</param>
    /// <param name="title">The already expanded title text.</param>
    /// <param name="parts">The parts, expanded when the sequence is.</param>
    /// <param name="close">The closing braces.</param>
    /// <returns>The sequence.</returns>
    public static ExpansionSequence Bracketed(string open, string title, IReadOnlyList<TemplateArgument> parts, string close)
    {
        var items = new object[(2 * parts.Count) + 3];
        items[0] = open;
        items[1] = title;
        var k = 2;
        foreach (var part in parts)
        {
            items[k++] = "|";
            items[k++] = part;
        }

        items[k] = close;
        return new ExpansionSequence(items);
    }

    internal override object GetPart(int index) => _parts[index];
}
