using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// A parser function argument backed by the preprocessor tree: expanded in the calling frame only
/// when the function asks (MediaWiki's PPNode arguments of SFH_OBJECT_ARGS functions).
/// </summary>
internal sealed class TreeArgument : ParserFunctionArgument
{
    private readonly Node _node;
    private readonly ExpansionFrame _frame;

    public TreeArgument(Node node, ExpansionFrame frame)
    {
        _node = node;
        _frame = frame;
    }

    /// <summary>Gets the tree node: a <see cref="TemplateArgument"/> or a value list.</summary>
    public Node Node => _node;

    /// <summary>Gets the frame the argument expands in.</summary>
    public ExpansionFrame Frame => _frame;

    /// <inheritdoc/>
    /// <remarks>Not cached: like MediaWiki, each call expands again (side effects such as references repeat).</remarks>
    public override string Expand() => _frame.Expand(_node);

    /// <inheritdoc/>
    public override bool TrySplit(out string name, out ParserFunctionArgument value)
    {
        if (_node is TemplateArgument { Name: { } nameNodes } argument)
        {
            name = Trim(_frame.Expand(nameNodes));
            value = new TreeArgument(argument.Value, _frame);
            return true;
        }

        name = string.Empty;
        value = _node is TemplateArgument positional ? new TreeArgument(positional.Value, _frame) : this;
        return false;
    }
}
