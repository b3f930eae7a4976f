using System.Text.RegularExpressions;

namespace Athenaeum.Wikitext.Parsing.Interim;

/// <summary>
/// Stands in for the preprocessor until the <c>pre</c> branch's expansion lands (TODO: remove once
/// branch <c>pre</c> is merged): removes comments, drops <c>&lt;includeonly&gt;</c> sections and the
/// <c>&lt;noinclude&gt;</c>/<c>&lt;onlyinclude&gt;</c> tags, and strips <c>&lt;nowiki&gt;</c> and
/// <c>&lt;pre&gt;</c>. Templates are not expanded.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static partial class InterimPreprocessor
{
    public static string Run(string text, RenderSession session)
    {
        var strip = session.Strip;
        text = IncludeOnlyRegex().Replace(text, string.Empty);
        text = InclusionTagRegex().Replace(text, string.Empty);
        text = NowikiRegex().Replace(text, m => strip.AddNoWiki("nowiki", m.Groups[1].Value
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)));
        text = PreRegex().Replace(text, m => strip.AddGeneral("pre", "<pre" + m.Groups[1].Value + ">" + m.Groups[2].Value
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal) + "</pre>"));

        // A comment alone on its line takes the line's newline with it.
        text = LineCommentRegex().Replace(text, "\n");
        text = CommentRegex().Replace(text, string.Empty);

        // Heading markers with section indexes, as the preprocessor's heading nodes make them.
        var index = 0;
        var title = session.Title.PrefixedDbKey;
        return HeadingLineRegex().Replace(text, m =>
        {
            var level = Math.Min(Math.Min(m.Groups[1].Length, m.Groups[3].Length), 6);
            if (m.Groups[2].Length == 0)
            {
                return m.Value;
            }

            index++;
            return m.Value[..level] + session.AddHeadingMarker(title, index) + m.Value[level..];
        });
    }

    [GeneratedRegex(@"^(=+)(.*?)(=+)[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLineRegex();

    [GeneratedRegex("<includeonly>.*?(</includeonly>|$)", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncludeOnlyRegex();

    [GeneratedRegex("</?(noinclude|onlyinclude)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InclusionTagRegex();

    [GeneratedRegex("<nowiki>(.*?)</nowiki>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NowikiRegex();

    [GeneratedRegex("<pre([^>]*)>(.*?)</pre>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreRegex();

    [GeneratedRegex(@"\n[ \t]*<!--.*?-->[ \t]*(?=\n)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex LineCommentRegex();

    [GeneratedRegex("<!--.*?(-->|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CommentRegex();
}
