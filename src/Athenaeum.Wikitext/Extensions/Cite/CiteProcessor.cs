using Athenaeum.Wikitext.Extensions.Common;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Sanitization;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>
/// The Cite state of one render (MediaWiki's per-parser Cite object): the references so far, the
/// <c>&lt;ref&gt;</c>/<c>&lt;references&gt;</c> logic, and the lists appended at the end of the page.
/// Reference content is stored as raw wikitext and parsed when its list is printed, in the page
/// frame, as Cite 1.39 does — which is why a <c>&lt;ref&gt;</c> inside a ref's content counts as one
/// defined inside <c>&lt;references&gt;</c>.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class CiteProcessor
{
    /// <summary>The default group's name.</summary>
    public const string DefaultGroup = "";

    private readonly ParseSession _session;
    private readonly CiteOptions _options;
    private readonly MessageLookup _messages;
    private readonly CiteErrorReporter _errors;
    private readonly ReferenceStack _stack = new();
    private readonly FootnoteMarkFormatter _marks;
    private readonly ReferencesFormatter _lists;
    private readonly List<string> _referencesErrors = [];
    private string? _trackingCategory;

    // True while a <ref> is processed (no <ref> or <references> inside it then).
    private bool _inCite;

    // The group of the <references> being processed, or null outside one ("" is the default group).
    private string? _inReferencesGroup;

    /// <summary>Initializes a new instance of the <see cref="CiteProcessor"/> class.</summary>
    /// <param name="session">The render.</param>
    /// <param name="options">Cite's settings.</param>
    public CiteProcessor(ParseSession session, CiteOptions options)
    {
        _session = session;
        _options = options;
        _messages = new MessageLookup(CiteMessages.Catalog, session.Context);
        _errors = new CiteErrorReporter(_messages, RecursiveTagParse, AddTrackingCategory);
        var anchors = new AnchorFormatter(_messages, TagAttributes.PrimaryFragmentMode(session.Options));
        _marks = new FootnoteMarkFormatter(_messages, anchors, _errors, RecursiveTagParse);
        _lists = new ReferencesFormatter(_messages, anchors, _errors, RecursiveTagParse);
    }

    /// <summary>Gets the processor of a render, creating it on first use.</summary>
    /// <param name="session">The render.</param>
    /// <param name="options">Cite's settings.</param>
    /// <returns>The render's processor.</returns>
    public static CiteProcessor For(ParseSession session, CiteOptions options)
        => session.GetExtensionState(() => new CiteProcessor(session, options));

    /// <summary>
    /// Appends the lists of the groups no <c>&lt;references&gt;</c> printed (MediaWiki's
    /// checkRefsNoReferences): the default group's list, an error for any other group.
    /// </summary>
    /// <returns>Half-parsed HTML starting with a newline, or "" when every reference was listed.</returns>
    public string CheckRefsNoReferences()
    {
        var s = new System.Text.StringBuilder();
        foreach (var group in _stack.GetGroups())
        {
            if (group.Length == 0)
            {
                s.Append(FormatReferences(group, null));
            }
            else
            {
                s.Append("<br />").Append(_errors.HalfParsed("cite_error_group_refs_without_references", Sanitizer.SafeEncodeAttribute(group)));
            }
        }

        return s.Length > 0 ? "\n" + s : string.Empty;
    }

    // PHP's trim(): space, tab, LF, CR, NUL, vertical tab.
    private static string TrimPhp(string s) => s.Trim(' ', '\t', '\n', '\r', '\0', '\v');

    private static bool IsAllDigits(string? s) => !string.IsNullOrEmpty(s) && s.All(char.IsAsciiDigit);

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        var at = text.IndexOf(value, StringComparison.Ordinal);
        while (at >= 0)
        {
            count++;
            at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal);
        }

        return count;
    }

    // Cite parses its messages and lists in a fresh page frame (recursiveTagParse without a frame).
    private string RecursiveTagParse(string wikitext) => _session.GetRecursiveParser().RecursiveTagParse(wikitext, null);

    private void AddTrackingCategory()
    {
        if (_session.Context.Title.Namespace == StandardNamespaces.Special)
        {
            return;
        }

        // The category is named in the content language, and a wiki's MediaWiki: page wins
        // (addTrackingCategory). Each error sets the sort key again, as ParserOutput::addCategory does.
        _trackingCategory ??= ResolveTrackingCategory();
        if (_trackingCategory.Length > 0)
        {
            _session.AddCategory(_trackingCategory, _session.Output.DefaultSort ?? string.Empty);
        }
    }

    private string ResolveTrackingCategory()
    {
        var name = TrimPhp(_messages.GetRaw(CiteMessages.TrackingCategoryKey) ?? string.Empty);
        if (name.Length == 0 || name == "-")
        {
            return string.Empty;
        }

        return _session.Context.Titles.MakeTitle(StandardNamespaces.Category, name)?.Text ?? string.Empty;
    }

    private string FormatReferences(string group, string? responsive)
        => _lists.FormatReferences(_stack.PopGroup(group), responsive is null ? _options.ResponsiveReferences : responsive != "0");
}
