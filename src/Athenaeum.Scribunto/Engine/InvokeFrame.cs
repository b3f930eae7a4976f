using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Engine;

/// <summary>
/// The frame of one <c>{{#invoke:Module|function|args}}</c>: titled with the module, holding the
/// call's arguments after the function name. As MediaWiki's child frame, names are expanded when
/// the frame is made, values only when a script reads them (positional untrimmed, named trimmed);
/// a later argument of the same name wins.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed class InvokeFrame : IExpansionFrame
{
    private readonly IExpansionFrame _parent;
    private readonly Dictionary<string, (ParserFunctionArgument Value, bool Named)> _args = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _expanded = new(StringComparer.Ordinal);
    private readonly List<string> _numbered = [];
    private readonly List<string> _named = [];
    private List<string>? _names;
    private IExpansionFrame? _real;

    /// <summary>Initializes a new instance of the <see cref="InvokeFrame"/> class.</summary>
    /// <param name="parent">The frame the #invoke appears in.</param>
    /// <param name="title">The module's title.</param>
    /// <param name="args">The arguments after the function name.</param>
    /// <param name="onDuplicate">Called when an argument name repeats (MediaWiki warns and tracks it).</param>
    public InvokeFrame(IExpansionFrame parent, PageTitle title, IEnumerable<ParserFunctionArgument> args, Action<string>? onDuplicate = null)
    {
        _parent = parent;
        Title = title;
        var position = 0;
        foreach (var arg in args)
        {
            string name;
            ParserFunctionArgument value;
            bool named;
            if (arg.TrySplit(out var key, out var rest))
            {
                name = key;
                value = rest;
                named = true;
            }
            else
            {
                position++;
                name = position.ToString(System.Globalization.CultureInfo.InvariantCulture);
                value = arg;
                named = false;
            }

            if (_args.ContainsKey(name))
            {
                onDuplicate?.Invoke(name);
                _numbered.Remove(name);
                _named.Remove(name);
            }

            _args[name] = (value, named);
            (named ? _named : _numbered).Add(name);
        }
    }

    /// <inheritdoc/>
    public PageTitle Title { get; }

    /// <inheritdoc/>
    public IExpansionFrame? Parent => _parent;

    /// <inheritdoc/>
    public int Depth => _parent.Depth + 1;

    /// <inheritdoc/>
    public IReadOnlyList<string> ArgumentNames => _names ??= [.. _numbered, .. _named];

    /// <inheritdoc/>
    public bool TryGetArgument(string name, out string value)
    {
        if (_expanded.TryGetValue(name, out value!))
        {
            return true;
        }

        if (!_args.TryGetValue(name, out var arg))
        {
            value = string.Empty;
            return false;
        }

        value = arg.Named ? ParserFunctionArgument.Trim(arg.Value.Expand()) : arg.Value.Expand();
        _expanded[name] = value;
        return true;
    }

    /// <inheritdoc/>
    public string Preprocess(string wikitext) => Real.Preprocess(wikitext);

    /// <inheritdoc/>
    public string ExpandTemplate(PageTitle title, IReadOnlyList<KeyValuePair<string, string>> arguments)
        => _parent.ExpandTemplate(title, arguments);

    /// <inheritdoc/>
    public string CallParserFunction(string name, IReadOnlyList<string> arguments)
        => _parent.CallParserFunction(name, arguments);

    /// <inheritdoc/>
    public string ExtensionTag(string name, string? content, IReadOnlyList<KeyValuePair<string, string>> attributes)
        => _parent.ExtensionTag(name, content, attributes);

    /// <inheritdoc/>
    public IExpansionFrame NewChild(PageTitle title, IReadOnlyList<KeyValuePair<string, string>> arguments)
        => Real.NewChild(title, arguments);

    /// <summary>
    /// The preprocessor's own frame with every argument expanded, made when a script preprocesses
    /// text in this frame (MediaWiki also expands all arguments before frame:preprocess).
    /// </summary>
    private IExpansionFrame Real
    {
        get
        {
            if (_real is null)
            {
                var all = new List<KeyValuePair<string, string>>(ArgumentNames.Count);
                foreach (var name in ArgumentNames)
                {
                    TryGetArgument(name, out var v);
                    all.Add(new(name, v));
                }

                _real = _parent.NewChild(Title, all);
            }

            return _real;
        }
    }
}
