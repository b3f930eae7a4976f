using System.Globalization;
using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Rendering.Html;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Parsing.Links;

/// <summary>
/// Internal links wait in the text as placeholders (<c>&lt;!--LINK'" ns:id--&gt;</c>, an HTML comment so
/// that later passes leave them alone) until the block-level pass is done; then the existence of all
/// their targets is checked at once and the placeholders become blue or red links. This is
/// MediaWiki's LinkHolderArray, and its placeholders matter for the output: the block-level pass and
/// the definition-list colon search see a comment where a link will be.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class LinkHolderSet
{
    private readonly RenderSession _session;
    private readonly Dictionary<string, Entry> _internal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _interwiki = new(StringComparer.Ordinal);

    public LinkHolderSet(RenderSession session) => _session = session;

    /// <summary>Adds a link and returns its placeholder followed by the rest of the trail.</summary>
    /// <param name="title">The target.</param>
    /// <param name="text">The link text (HTML).</param>
    /// <param name="trail">The text after <c>]]</c>; its leading letters join the link.</param>
    /// <param name="prefix">Letters before <c>[[</c> that join the link (languages with link prefixes).</param>
    /// <returns>The placeholder and the remaining trail.</returns>
    public string MakeHolder(PageTitle title, string text, string trail, string prefix = "")
    {
        var (inside, rest) = LinkTrails.Split(_session.Site.LanguageCode, trail);
        var entry = new Entry(title, prefix + text + inside);
        var id = _session.NextLinkId().ToString(CultureInfo.InvariantCulture);
        if (title.IsExternal)
        {
            _interwiki[id] = entry;
            return "<!--IWLINK'\" " + id + "-->" + rest;
        }

        var key = title.Namespace.ToString(CultureInfo.InvariantCulture) + ":" + id;
        _internal[key] = entry;
        return "<!--LINK'\" " + key + "-->" + rest;
    }

    /// <summary>Checks the targets' existence and replaces every placeholder with its link.</summary>
    /// <param name="text">The text holding placeholders.</param>
    /// <returns>The text with links.</returns>
    public string Replace(string text)
    {
        if (_internal.Count == 0 && _interwiki.Count == 0)
        {
            return text;
        }

        var html = new LinkHtml(_session.Site, _session.Options);
        var existence = new Dictionary<PageTitle, LinkState>();
        foreach (var entry in _internal.Values)
        {
            var target = entry.Title.WithoutFragment;
            if (!existence.ContainsKey(target))
            {
                existence[target] = CheckExistence(target);
            }
        }

        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        var variants = new Dictionary<PageTitle, VariantMatch>();
        foreach (var (key, entry) in _internal)
        {
            var target = entry.Title.WithoutFragment;
            var state = existence[target];
            if (state == LinkState.Missing && _session.Conversion is not null && target.Namespace >= 0
                && FindVariant(entry, html, variants) is { } variantLink)
            {
                replacements["<!--LINK'\" " + key + "-->"] = variantLink;
            }
            else if (state == LinkState.Missing)
            {
                if (target.Namespace >= 0)
                {
                    _session.Output.Links.Add(target);
                }

                replacements["<!--LINK'\" " + key + "-->"] = html.Broken(entry.Title, entry.Text);
            }
            else
            {
                if (target.Namespace >= 0)
                {
                    _session.Output.Links.Add(target);
                }

                replacements["<!--LINK'\" " + key + "-->"] = html.Known(entry.Title, entry.Text, state == LinkState.Redirect ? "mw-redirect" : string.Empty);
            }
        }

        foreach (var (key, entry) in _interwiki)
        {
            replacements["<!--IWLINK'\" " + key + "-->"] = html.Known(entry.Title, entry.Text);
        }

        // As MediaWiki's replaceLinkHoldersPrivate, the holders are cleared once replaced.
        _internal.Clear();
        _interwiki.Clear();
        return PlaceholderRegex().Replace(text, m => replacements.TryGetValue(m.Value, out var link) ? link : m.Value);
    }

    /// <summary>Replaces placeholders with their link text only (for the table of contents and anchors).</summary>
    /// <param name="text">The text holding placeholders.</param>
    /// <returns>The text with link texts.</returns>
    public string ReplaceText(string text)
    {
        if (!text.Contains("<!--", StringComparison.Ordinal))
        {
            return text;
        }

        return TextPlaceholderRegex().Replace(text, m =>
        {
            var key = m.Groups[2].Value;
            var table = m.Groups[1].Length > 0 ? _interwiki : _internal;
            return table.TryGetValue(key, out var entry) ? entry.Text : m.Value;
        });
    }

    /// <summary>
    /// The link of a missing page when a variant of its title is the page itself (a self-link) or
    /// exists (a link to that page, with the original text); null otherwise (MediaWiki's doVariants).
    /// The variants of a target are looked up once per pass, however often the page links it.
    /// </summary>
    private string? FindVariant(Entry entry, LinkHtml html, Dictionary<PageTitle, VariantMatch> found)
    {
        var title = entry.Title;
        var target = title.WithoutFragment;
        _session.Output.Links.Add(target);
        if (!found.TryGetValue(target, out var match))
        {
            var candidates = LanguageConversion.VariantTitles.Candidates(target, _session.Conversion!, _session.Titles);
            var page = _session.Title;
            var isSelf = candidates.Exists(c => c.Namespace == page.Namespace && c.DbKey == page.DbKey);
            match = new VariantMatch(isSelf, null, LinkState.Missing);
            foreach (var candidate in candidates)
            {
                var state = CheckExistence(candidate);
                if (state != LinkState.Missing)
                {
                    match = new VariantMatch(isSelf, candidate, state);
                    break;
                }
            }

            found[target] = match;
        }

        if (title.Fragment.Length == 0 && match.IsSelf)
        {
            return LinkHtml.Self(entry.Text);
        }

        if (match.Existing is not { } existing)
        {
            return null;
        }

        _session.Output.Links.Add(existing);
        return html.Known(existing with { Fragment = title.Fragment }, entry.Text, match.State == LinkState.Redirect ? "mw-redirect" : string.Empty);
    }

    /// <summary>What the variants of a missing link target found: whether one is the page itself, and the first that exists.</summary>
    private readonly record struct VariantMatch(bool IsSelf, PageTitle? Existing, LinkState State);

    private LinkState CheckExistence(PageTitle target)
    {
        if (target.Namespace == StandardNamespaces.Special)
        {
            return SpecialPages.Exists(target.Text) ? LinkState.Exists : LinkState.Missing;
        }

        var pages = _session.Context.Pages;
        if (!pages.Exists(target))
        {
            return LinkState.Missing;
        }

        return pages.IsRedirect(target) ? LinkState.Redirect : LinkState.Exists;
    }

    [GeneratedRegex("<!--(?:IW)?LINK'\" [^>]*?-->", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderRegex();

    [GeneratedRegex("<!--(IW)?LINK'\" ([^>]*?)-->", RegexOptions.CultureInvariant)]
    private static partial Regex TextPlaceholderRegex();

    private enum LinkState
    {
        Exists,
        Redirect,
        Missing,
    }

    private sealed record Entry(PageTitle Title, string Text);
}
