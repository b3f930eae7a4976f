namespace Athenaeum.Wikitext.Parsing.Inline;

/// <summary>The character classes of external links (MediaWiki's Parser constants), as .NET regex fragments.</summary>
internal static class ExternalLinkSyntax
{
    /// <summary>Any URL character: not a bracket, space, quote, angle bracket or control character (EXT_LINK_URL_CLASS).</summary>
    public const string UrlChar = @"[^\]\[<>""\x00-\x20\x7F\p{Zs}\uFFFD]";

    /// <summary>An IPv4 or IPv6 address, or a first host character (EXT_LINK_ADDR).</summary>
    public const string Address = @"(?:[0-9.]+|\[(?i:[0-9a-f:.]+)\]|" + UrlChar + ")";

    /// <summary>A non-newline space, including entity spellings of the no-break space (SPACE_NOT_NL).</summary>
    public const string SpaceNotNewline = @"(?:\t|&nbsp;|&\#0*160;|&\#[Xx]0*[Aa]0;|\p{Zs})";

    /// <summary>An image URL that may become an <c>&lt;img&gt;</c> (EXT_IMAGE_REGEX).</summary>
    public const string ImageUrl = @"^(http://|https://)((?:\[(?i:[0-9a-f:.]+)\])?[^\]\[<>""\x00-\x20\x7F\p{Zs}\uFFFD]+)/([A-Za-z0-9_.,~%\-+&;#*?!=()@\u0080-\uFFFF]+)\.((?i:gif|png|jpg|jpeg))$";
}
