using System.Globalization;

namespace Athenaeum.Wikitext.Parsing.Interim;

/// <summary>
/// Number formatting for TOC numbers and autonumbered links until the Globalization of branch
/// <c>funcs</c> lands (TODO: use its formatnum once merged). English digit grouping only.
/// </summary>
internal static class InterimLanguage
{
    /// <summary>Formats a number as MediaWiki's Language::formatNum does in English.</summary>
    public static string FormatNumber(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
