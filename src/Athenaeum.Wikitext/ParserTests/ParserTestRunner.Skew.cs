using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.ParserTests;

/// <content>Expectations written for an older MediaWiki 1.39 patch level than the oracle's.</content>
public sealed partial class ParserTestRunner
{
    /// <summary>
    /// Brings the expectations of a test file up to MediaWiki 1.39.17, the release the engine and the
    /// oracle wikis follow. <c>citeParserTests.txt</c> (Parsoid's REL1_39 copy) predates the 1.39
    /// security release whose <c>Sanitizer::safeEncodeAttribute</c> writes <c>_</c> in attribute values
    /// as <c>&amp;#95;</c>; core's <c>parserTests.txt</c> already expects it, and MediaWiki 1.39.17 itself
    /// prints <c>&lt;sup id="cite&amp;#95;ref-1"&gt;</c> for a reference (checked with the oracle wiki).
    /// The only sanitized attributes with underscores in that file's expectations are the Cite ids, so
    /// the upgrade rewrites <c>_</c> inside <c>id="…"</c> values, and nothing else.
    /// </summary>
    /// <param name="fileName">The test file's name.</param>
    /// <param name="expected">The expected HTML as written in the file.</param>
    /// <returns>The expected HTML of MediaWiki 1.39.17.</returns>
    internal static string UpgradeExpectation(string fileName, string expected)
        => string.Equals(fileName, "citeParserTests.txt", StringComparison.Ordinal)
            ? IdAttributeRegex().Replace(expected, m => m.Groups[1].Value + m.Groups[2].Value.Replace("_", "&#95;", StringComparison.Ordinal) + "\"")
            : expected;

    [GeneratedRegex("( id=\")([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttributeRegex();
}
