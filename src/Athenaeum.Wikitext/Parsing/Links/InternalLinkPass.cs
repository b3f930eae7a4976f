using System.Text;
using Athenaeum.Wikitext.Parsing.Inline;
using Athenaeum.Wikitext.Rendering.Html;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Parsing.Links;

/// <summary>
/// <c>[[…]]</c> links (MediaWiki's handleInternalLinks2): splits the text at every <c>[[</c>, and for each
/// piece decides between a page link (left as a placeholder in <see cref="LinkHolderSet"/>), a self
/// link, a category or interlanguage link (taken out of the text into the output), a file (an image
/// or its frame), a <c>Media:</c> link, or plain text when the target is not a valid title.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class InternalLinkPass
{
    private readonly RenderSession _session;
    private readonly LinkHtml _html;

    public InternalLinkPass(RenderSession session)
    {
        _session = session;
        _html = new LinkHtml(session.Site, session.Options);
    }

    /// <summary>Replaces the links of a text.</summary>
    /// <param name="text">Text after the table, heading and double-underscore passes.</param>
    /// <returns>The text with link placeholders and finished HTML for self links, images and media links.</returns>
    public string Run(string text)
    {
        if (!text.Contains("[[", StringComparison.Ordinal))
        {
            return text;
        }

        var pieces = text.Split("[[");
        var s = new StringBuilder(pieces[0], text.Length + 64);
        var nottalk = !_session.Title.IsTalkNamespace();
        var language = _session.Site.LanguageCode;
        var usePrefixes = LinkTrails.HasLinkPrefixes(language);
        for (var index = 1; index < pieces.Length; index++)
        {
            var line = pieces[index];

            // Languages such as Icelandic join the letters before "[[" to the link.
            var prefix = usePrefixes ? LinkTrails.TakePrefix(language, s) : string.Empty;
            if (!TrySplitLink(line, out var target, out var linkText, out var trail, out var mightBeImage))
            {
                s.Append(prefix).Append("[[").Append(line);
                continue;
            }

            if (target.Contains('%', StringComparison.Ordinal))
            {
                target = UrlEncoding.RawUrlDecode(target).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
            }

            var origLink = target.TrimStart(' ');

            // "[[http://x]]" is not an internal link: the external link pass handles "[http://x]" inside.
            if (UrlProtocolPatterns.StartsWithProtocol(origLink))
            {
                s.Append(prefix).Append("[[").Append(line);
                continue;
            }

            var link = _session.Options.EnableSubpages ? SubpageLinks.Normalize(_session.Title, origLink, ref linkText) : origLink;
            var nt = StripState.KillMarkers(link) == link ? LinkTitles.Parse(_session, link) : null;
            if (nt is null)
            {
                s.Append(prefix).Append("[[").Append(line);
                continue;
            }

            var noforce = !origLink.StartsWith(':');
            if (mightBeImage)
            {
                if (nt.Namespace == StandardNamespaces.File && noforce)
                {
                    // "[[File:X|a [[link]] in the caption]]": the first ]] closed the inner link; look for the
                    // ]] that closes the image in the following pieces.
                    var found = false;
                    while (index + 1 < pieces.Length)
                    {
                        var next = pieces[++index];
                        var parts = next.Split("]]", 3);
                        if (parts.Length == 3)
                        {
                            found = true;
                            linkText += "[[" + parts[0] + "]]" + parts[1];
                            trail = parts[2];
                            break;
                        }

                        if (parts.Length == 2)
                        {
                            linkText += "[[" + parts[0] + "]]" + parts[1];
                        }
                        else
                        {
                            linkText += "[[" + next;
                            break;
                        }
                    }

                    if (!found)
                    {
                        // No end: output the text raw, but keep the ordinary links it holds.
                        linkText = Run(linkText);
                        s.Append(prefix).Append("[[").Append(link).Append('|').Append(linkText);
                        continue;
                    }
                }
                else
                {
                    s.Append(prefix).Append("[[").Append(link).Append('|').Append(linkText);
                    continue;
                }
            }

            var wasBlank = linkText.Length == 0;
            if (wasBlank)
            {
                linkText = noforce ? link : link[1..];
            }
            else
            {
                // T6598: quotes are handled in the link text only when it comes from the alternate part.
                linkText = QuotePass.DoQuotes(linkText);
            }

            if (noforce)
            {
                if (nt.IsExternal && _session.Options.InterwikiMagic && nottalk
                    && _session.Site.Interwiki.TryGetValue(nt.Interwiki, out var iw) && iw.IsLanguageLink)
                {
                    // T26502: only the first link per language counts.
                    if (_session.LanguageLinkPrefixes.Add(nt.Interwiki))
                    {
                        _session.Output.LanguageLinks.Add(nt.Interwiki + ":" + nt.Text + (nt.Fragment.Length > 0 ? "#" + nt.Fragment : string.Empty));
                    }

                    // T10897: the whitespace an interlanguage link leaves is removed.
                    s.Append(prefix);
                    TrimEndPhp(s);
                    s.Append(trail);
                    continue;
                }

                if (!nt.IsExternal && nt.Namespace == StandardNamespaces.File)
                {
                    string options;
                    if (wasBlank)
                    {
                        options = string.Empty;
                    }
                    else
                    {
                        // Links in the caption (and, as in MediaWiki, in the other options too).
                        options = new ExternalLinkPass(_session).Run(linkText);
                        options = Run(options);
                    }

                    s.Append(prefix).Append(ExternalLinkPass.ArmorLinks(new ImageLinkBuilder(_session).Make(nt, options))).Append(trail);
                    continue;
                }

                if (!nt.IsExternal && nt.Namespace == StandardNamespaces.Category)
                {
                    // T2087: the whitespace a category link leaves is removed.
                    s.Append(prefix);
                    TrimEndPhp(s);
                    s.Append(trail);
                    var sortKey = wasBlank ? _session.Output.DefaultSort ?? string.Empty : linkText;
                    sortKey = Sanitizer.DecodeCharReferences(sortKey).Replace("\n", string.Empty, StringComparison.Ordinal);
                    AddCategory(nt.Text, sortKey);
                    continue;
                }
            }

            if (nt.Namespace != StandardNamespaces.Special && !nt.IsExternal && nt.Fragment.Length == 0 && IsSamePage(nt, _session.Title))
            {
                var (inside, rest) = LinkTrails.Split(_session.Site.LanguageCode, trail);
                s.Append(prefix).Append(LinkHtml.Self(linkText + inside)).Append(rest);
                continue;
            }

            if (nt.Namespace == StandardNamespaces.Media)
            {
                _session.Output.Images.Add(nt.DbKey);
                s.Append(prefix).Append(ExternalLinkPass.ArmorLinks(MediaLink(nt, linkText))).Append(trail);
                continue;
            }

            if (!nt.IsExternal && IsAlwaysKnown(nt))
            {
                var (inside, rest) = LinkTrails.Split(_session.Site.LanguageCode, trail);
                var known = _html.Known(nt, prefix + (linkText.Length == 0 ? HtmlText.Escape(nt.PrefixedText) : linkText) + inside);
                s.Append(ExternalLinkPass.ArmorLinks(known)).Append(rest);
                continue;
            }

            s.Append(_session.LinkHolders.MakeHolder(nt, linkText, trail, prefix));
        }

        return s.ToString();
    }

    /// <summary>Splits the text after <c>[[</c> into target, text and trail (MediaWiki's $e1 and $e1_img).</summary>
    private static bool TrySplitLink(string line, out string target, out string text, out string trail, out bool mightBeImage)
    {
        target = text = trail = string.Empty;
        mightBeImage = false;
        var i = 0;
        while (i < line.Length && LinkTitles.IsLegalTitleChar(line[i]))
        {
            i++;
        }

        if (i == 0 || i >= line.Length)
        {
            return false;
        }

        target = line[..i];
        if (line[i] == ']')
        {
            if (i + 1 < line.Length && line[i + 1] == ']')
            {
                trail = line[(i + 2)..];
                return true;
            }

            return false;
        }

        if (line[i] != '|')
        {
            return false;
        }

        var close = i + 2 <= line.Length ? line.IndexOf("]]", i + 2, StringComparison.Ordinal) : -1;
        if (close >= 0)
        {
            text = line[(i + 1)..close];
            trail = line[(close + 2)..];

            // T1500: "[[Image:x|[http://example.com desc]]]" — the link's last ] belongs to the text.
            if (text.Length > 0 && trail.StartsWith(']') && text.Contains('[', StringComparison.Ordinal))
            {
                text += "]";
                trail = trail[1..];
            }

            return true;
        }

        // No "]]" at all: not a link, unless it is an image whose caption holds links.
        text = line[(i + 1)..];
        mightBeImage = true;
        return true;
    }

    private static bool IsSamePage(PageTitle a, PageTitle b)
        => a.Namespace == b.Namespace && string.Equals(a.Text, b.Text, StringComparison.Ordinal) && a.Interwiki.Length == 0;

    private static bool IsAlwaysKnown(PageTitle title)
        => (title.Namespace == StandardNamespaces.Special && SpecialPages.Exists(title.Text))
            || (title.Namespace == StandardNamespaces.Main && title.Text.Length == 0);

    private static void TrimEndPhp(StringBuilder s)
    {
        var end = s.Length;
        while (end > 0 && s[end - 1] is ' ' or '\t' or '\n' or '\r' or '\0' or '\x0B')
        {
            end--;
        }

        s.Length = end;
    }

    private void AddCategory(string name, string sortKey)
    {
        var categories = _session.Output.Categories;
        for (var i = 0; i < categories.Count; i++)
        {
            if (string.Equals(categories[i].Name, name, StringComparison.Ordinal))
            {
                categories[i] = new CategoryLink(name, sortKey);
                return;
            }
        }

        categories.Add(new CategoryLink(name, sortKey));
    }

    private string MediaLink(PageTitle title, string text)
    {
        // No file exists in Athenaeum: the link goes to the upload form (Linker::makeMediaLinkFile).
        var upload = _session.Titles.MakeTitle(StandardNamespaces.Special, "Upload") ?? title;
        var url = _html.Url(upload, "wpDestFile=" + UrlEncoding.WfUrlencode(title.DbKey));
        var sb = new StringBuilder("<a");
        sb.AppendAttribute("href", url).AppendAttribute("class", "new").AppendAttribute("title", title.Text);
        return sb.Append('>').Append(text.Length == 0 ? title.Text : text).Append("</a>").ToString();
    }
}
