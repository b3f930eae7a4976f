using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Syntax;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Expansion;

/// <content>Double-brace substitution: variables, parser functions, templates (MediaWiki's braceSubstitution).</content>
internal sealed partial class ExpansionFrame
{
    /// <summary>How many distinct transclusion names a render remembers the titles of.</summary>
    private const int MaxTemplateTitleCacheSize = 10_000;

    private ExpansionResult BraceSubstitution(Template piece)
    {
        var titleWithSpaces = Expand(piece.Name);
        var part1 = ParserFunctionArgument.Trim(titleWithSpaces);
        var originalTitle = part1;
        var args = piece.Arguments;

        // subst: is left as written on view; safesubst: is dropped.
        if (MagicPrefixes.TryRemove(ref part1, MagicPrefixes.Subst))
        {
            return ExpansionResult.FromObject(ExpansionSequence.Bracketed("{{", titleWithSpaces, args, "}}"));
        }

        MagicPrefixes.TryRemove(ref part1, MagicPrefixes.SafeSubst);

        string? text = null;
        var found = false;
        var nowiki = false;
        var isHtml = false;
        Node? childDom = null;
        PageTitle? title = null;
        string? titleText = null;
        var loop = false;
        var sawDeprecatedTemplateEquals = false;

        // Variables are found before templates of the same name, and only without arguments.
        if (args.Count == 0 && _session.Pipeline.TryGetVariable(part1, out var variable))
        {
            text = variable.Evaluate(this);
            found = true;
        }

        if (!found)
        {
            if (MagicPrefixes.TryRemove(ref part1, MagicPrefixes.MsgNw))
            {
                nowiki = true;
            }
            else
            {
                MagicPrefixes.TryRemove(ref part1, MagicPrefixes.Msg);
            }

            MagicPrefixes.TryRemove(ref part1, MagicPrefixes.Raw);
        }

        if (!found)
        {
            var colon = part1.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0 && _session.Pipeline.TryGetParserFunction(part1[..colon], out var function))
            {
                var functionArgs = new List<ParserFunctionArgument>(args.Count + 1)
                {
                    new StringArgument(ParserFunctionArgument.Trim(part1[(colon + 1)..]), splittable: false),
                };
                foreach (var arg in args)
                {
                    functionArgs.Add(new TreeArgument(arg, this));
                }

                var result = function.Invoke(this, functionArgs);
                if (result.Found)
                {
                    found = true;
                    text = result.Text ?? string.Empty;
                    nowiki |= result.NoWiki;
                    isHtml = result.IsHtml;
                    if (!result.NoParse)
                    {
                        childDom = _session.PreprocessToTree(text, forInclusion: false).Root;
                    }
                }
            }
        }

        if (!found)
        {
            title = ResolveTemplateTitle(part1);
            if (title is not null)
            {
                titleText = title.PrefixedText;
                if (Depth >= _session.Options.MaxTemplateDepth)
                {
                    found = true;
                    text = ExpansionMessages.TemplateDepthError(_session.Options.MaxTemplateDepth);
                }
            }
        }

        if (!found && title is not null)
        {
            if (!title.IsExternal)
            {
                if (title.Namespace != StandardNamespaces.Special && !_session.Options.NonIncludableNamespaces.Contains(title.Namespace))
                {
                    // On a wiki with language variants a missing template is looked for in the other variants.
                    title = LanguageConversion.VariantTitles.FindExistingTemplate(title, _session.Context) ?? title;
                    var (dom, finalTitle) = _session.Templates.GetTemplateDom(title);
                    title = finalTitle;
                    if (dom is not null)
                    {
                        found = true;
                        childDom = dom;
                        sawDeprecatedTemplateEquals = title.Namespace == StandardNamespaces.Template && title.DbKey == "=" && originalTitle == "=";
                    }
                }

                if (!found)
                {
                    // A missing (or special) page is a link to it, red when it does not exist.
                    text = "[[:" + titleText + "]]";
                    found = true;
                }
            }

            // After redirects are followed, so that a loop through a redirect is caught too.
            if (!LoopCheck(title))
            {
                found = true;
                loop = true;
                text = ExpansionMessages.TemplateLoopError(titleText!);
                _session.AddTrackingCategory("template-loop-category");
                _session.AddWarning(ExpansionMessages.TemplateLoopWarning(titleText!));
            }
        }

        if (!found)
        {
            return ExpansionResult.FromObject(ExpansionSequence.Bracketed("{{", titleWithSpaces, args, "}}"));
        }

        if (childDom is not null)
        {
            var child = NewChild(args, title ?? Title);
            if (!loop)
            {
                if (nowiki)
                {
                    text = child.Expand(childDom, ExpandFlags.RecoverOriginal);
                }
                else if (titleText is not null && child.IsEmpty)
                {
                    text = CachedExpand(titleText, child, childDom);
                }
                else
                {
                    text = child.Expand(childDom);
                }
            }
        }

        text ??= string.Empty;
        if (sawDeprecatedTemplateEquals && _session.StripState.UnstripBoth(text) != "=")
        {
            _session.AddTrackingCategory("template-equals-category");
            _session.AddWarning(ExpansionMessages.TemplateEqualsWarning);
        }

        if (isHtml)
        {
            text = InsertStripItem(text);
        }
        else if (nowiki)
        {
            text = WikitextEscaper.Escape(text, _session.Options.EnableMagicLinks);
        }
        else if (!piece.AtLineStart && StartsWithBlockSyntax(text))
        {
            // T2529: output that starts a table or list starts a new line.
            text = "\n" + text;
        }

        if (!_session.TryIncrementIncludeSize(argument: false, text))
        {
            var linkTarget = titleText ?? (originalTitle.StartsWith(':') ? originalTitle[1..] : originalTitle);
            text = "[[:" + linkTarget + "]]" + InsertStripItem(ExpansionMessages.TemplateOmittedComment);
            _session.LimitationWarn("post-expand-template-inclusion");
        }

        return ExpansionResult.FromText(text);
    }

    /// <summary>Resolves the name of a transclusion: the Template namespace by default, relative subpages where enabled.</summary>
    private PageTitle? ResolveTemplateTitle(string part1)
    {
        var cache = _session.TemplateTitleCache;
        if (cache.TryGetValue(part1, out var cached))
        {
            return cached;
        }

        var title = ResolveTemplateTitleUncached(part1);
        if (cache.Count < MaxTemplateTitleCacheSize)
        {
            cache[part1] = title;
        }

        return title;
    }

    private PageTitle? ResolveTemplateTitleUncached(string part1)
    {
        var context = _session.Context;
        if (SubpageLinks.HasSubpages(context.Title.Namespace, _session.Options.EnableSubpages) && SubpageLinks.TryResolve(context.Title, part1, out var absolute))
        {
            return context.Titles.Parse(absolute, context.Title.Namespace);
        }

        return context.Titles.Parse(part1, StandardNamespaces.Template);
    }

    private string InsertStripItem(string text) => _session.StripState.AddItem(text);

    private static bool StartsWithBlockSyntax(string text)
        => text.Length > 0 && (text[0] is ':' or ';' or '#' or '*' || text.StartsWith("{|", StringComparison.Ordinal));
}
