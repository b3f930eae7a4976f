using System.Globalization;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Syntax;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// A preprocessor frame (MediaWiki's PPFrame_Hash and PPTemplateFrame_Hash): the page, or one
/// transclusion of a template with its arguments. Expands trees, substitutes templates, arguments,
/// parser functions and extension tags, and serves as the host of the parser functions it calls.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed partial class ExpansionFrame : IExpansionFrame, IParserFunctionHost
{
    private readonly ParseSession _session;
    private readonly ExpansionFrame? _parent;
    private OrderedDictionary<string, ArgumentSlot>? _numbered;
    private OrderedDictionary<string, ArgumentSlot>? _named;
    private Dictionary<string, string>? _childExpansionCache;

    /// <summary>Initializes a new instance of the <see cref="ExpansionFrame"/> class for the page itself.</summary>
    /// <param name="session">The render.</param>
    public ExpansionFrame(ParseSession session)
    {
        _session = session;
        Title = session.Context.Title;
    }

    private ExpansionFrame(ParseSession session, ExpansionFrame parent, PageTitle title)
    {
        _session = session;
        _parent = parent;
        Title = title;
        Depth = parent.Depth + 1;
    }

    /// <inheritdoc/>
    public PageTitle Title { get; }

    /// <inheritdoc/>
    public IExpansionFrame? Parent => _parent;

    /// <inheritdoc/>
    public int Depth { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> ArgumentNames => [.. (IEnumerable<string>?)_numbered?.Keys ?? [], .. (IEnumerable<string>?)_named?.Keys ?? []];

    /// <summary>Gets a value indicating whether the frame has no arguments (its expansion may be cached).</summary>
    public bool IsEmpty => (_numbered?.Count ?? 0) == 0 && (_named?.Count ?? 0) == 0;

    /// <summary>Gets or sets a value indicating whether the frame's output must not be cached (MediaWiki's setVolatile).</summary>
    public bool IsVolatile { get; set; }

    /// <summary>Gets the render.</summary>
    public ParseSession Session => _session;

    /// <inheritdoc/>
    public bool TryGetArgument(string name, out string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentSlot? slot = null;
        if (_numbered?.TryGetValue(name, out slot) == true)
        {
            // Positional values are not trimmed.
            value = slot.Cached ??= ExpandArgumentValue(slot);
            return true;
        }

        if (_named?.TryGetValue(name, out slot) == true)
        {
            // Named values are trimmed after expansion, for backwards compatibility (MediaWiki).
            value = slot.Cached ??= ParserFunctionArgument.Trim(ExpandArgumentValue(slot));
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="title"/> can be transcluded here without a loop: it is not the title of
    /// this template frame or of any template frame above it (the page frame does not count).
    /// </summary>
    /// <param name="title">The template's title.</param>
    /// <returns><see langword="true"/> when there is no loop.</returns>
    public bool LoopCheck(PageTitle title)
    {
        for (var frame = this; frame._parent is not null; frame = frame._parent)
        {
            if (frame.Title.Namespace == title.Namespace && string.Equals(frame.Title.DbKey, title.DbKey, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Creates a template frame whose arguments are the parts of a template call in this frame (MediaWiki's newChild).</summary>
    /// <param name="arguments">The call's parts.</param>
    /// <param name="title">The template's title.</param>
    /// <returns>The child frame.</returns>
    public ExpansionFrame NewChild(IReadOnlyList<TemplateArgument> arguments, PageTitle title)
    {
        var child = new ExpansionFrame(_session, this, title);
        foreach (var argument in arguments)
        {
            if (argument.Name is null)
            {
                child.SetArgument(argument.Position.ToString(CultureInfo.InvariantCulture), numbered: true, new ArgumentSlot(argument.Value, null), this);
            }
            else
            {
                var name = ParserFunctionArgument.Trim(Expand(argument.Name, ExpandFlags.StripComments));
                child.SetArgument(name, numbered: false, new ArgumentSlot(argument.Value, null), this);
            }
        }

        return child;
    }

    /// <summary>
    /// Creates a child frame from parser function arguments, expanded lazily (see
    /// <see cref="IParserFunctionHost.NewChildFrame"/>): MediaWiki's newChild with an index offset.
    /// </summary>
    /// <param name="title">The child's title.</param>
    /// <param name="arguments">The arguments.</param>
    /// <param name="indexOffset">Subtracted from positional numbers.</param>
    /// <returns>The child frame.</returns>
    public IExpansionFrame NewChildFrame(PageTitle title, IReadOnlyList<ParserFunctionArgument> arguments, int indexOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(arguments);
        var child = new ExpansionFrame(_session, this, title);
        var position = indexOffset;
        foreach (var argument in arguments)
        {
            if (argument is TreeArgument { Node: TemplateArgument node } tree && ReferenceEquals(tree.Frame, this))
            {
                if (node.Name is null)
                {
                    var index = (node.Position - indexOffset).ToString(CultureInfo.InvariantCulture);
                    child.SetArgument(index, numbered: true, new ArgumentSlot(node.Value, null), this);
                }
                else
                {
                    var name = ParserFunctionArgument.Trim(Expand(node.Name, ExpandFlags.StripComments));
                    child.SetArgument(name, numbered: false, new ArgumentSlot(node.Value, null), this);
                }
            }
            else if (argument.TrySplit(out var name, out var value))
            {
                child.SetArgument(name, numbered: false, new ArgumentSlot(null, null, value), this);
            }
            else
            {
                position++;
                child.SetArgument((position - indexOffset).ToString(CultureInfo.InvariantCulture), numbered: true, new ArgumentSlot(null, null, argument), this);
            }
        }

        return child;
    }

    /// <summary>Creates a template frame with text arguments, numbered when the name is a canonical integer (as PHP array keys).</summary>
    /// <param name="arguments">The arguments.</param>
    /// <param name="title">The frame's title.</param>
    /// <returns>The child frame.</returns>
    public ExpansionFrame NewChild(IEnumerable<KeyValuePair<string, string>> arguments, PageTitle title)
    {
        var child = new ExpansionFrame(_session, this, title);
        foreach (var (name, value) in arguments)
        {
            var numbered = IsCanonicalInteger(name);
            child.SetArgument(numbered ? name : ParserFunctionArgument.Trim(name), numbered, new ArgumentSlot(null, value), this);
        }

        return child;
    }

    /// <summary>Expands a tree in a frame with no arguments, caching the result in this (the parent) frame by title.</summary>
    /// <param name="key">The template's prefixed title.</param>
    /// <param name="child">The child frame.</param>
    /// <param name="root">The template's tree.</param>
    /// <returns>The expanded text.</returns>
    public string CachedExpand(string key, ExpansionFrame child, Node root)
    {
        _childExpansionCache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (_childExpansionCache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = child.Expand(root);
        if (!child.IsVolatile)
        {
            _childExpansionCache[key] = result;
        }

        return result;
    }

    private static bool IsCanonicalInteger(string s)
    {
        // PHP turns "0", "12", "-3" (no sign, no leading zero) into integer array keys.
        if (s.Length == 0 || s.Length > 18)
        {
            return false;
        }

        var start = s[0] == '-' ? 1 : 0;
        if (start == s.Length || (s[start] == '0' && s.Length > start + 1) || (start == 1 && s == "-0"))
        {
            return false;
        }

        for (var k = start; k < s.Length; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return false;
            }
        }

        return true;
    }

    private string ExpandArgumentValue(ArgumentSlot slot)
        => slot.Text ?? slot.Argument?.Expand() ?? _parent!.Expand(slot.Nodes!, ExpandFlags.StripComments);

    private void SetArgument(string name, bool numbered, ArgumentSlot slot, ExpansionFrame caller)
    {
        if (_numbered?.ContainsKey(name) == true || _named?.ContainsKey(name) == true)
        {
            _session.AddWarning(ExpansionMessages.DuplicateArgumentWarning(caller.Title.ToString(), Title.ToString(), name));
            _session.AddTrackingCategory("duplicate-args-category");
        }

        if (numbered)
        {
            (_numbered ??= new(StringComparer.Ordinal))[name] = slot;
            _named?.Remove(name);
        }
        else
        {
            (_named ??= new(StringComparer.Ordinal))[name] = slot;
            _numbered?.Remove(name);
        }
    }

    /// <summary>One argument: its unexpanded value (tree or text) and its expansion once done.</summary>
    private sealed class ArgumentSlot(NodeList? nodes, string? text, ParserFunctionArgument? argument = null)
    {
        public NodeList? Nodes { get; } = nodes;

        public string? Text { get; } = text;

        public ParserFunctionArgument? Argument { get; } = argument;

        public string? Cached { get; set; }
    }
}
