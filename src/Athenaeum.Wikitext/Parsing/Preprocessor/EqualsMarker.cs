using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Parsing.Preprocessor;

/// <summary>
/// The first top-level "=" of a template part while the part is being scanned (MediaWiki's
/// <c>equals</c> node). It never reaches a finished tree: it splits the part into name and value,
/// or turns back into text.
/// </summary>
internal sealed class EqualsMarker : Node
{
    public EqualsMarker(int start)
        : base(start, 1)
    {
    }

    internal override int PartCount => 1;

    internal override object GetPart(int index) => "=";
}
