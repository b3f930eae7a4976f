using System.Text;
using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// Reusable buffers for one render's nested expansions: a page makes hundreds of thousands of
/// expansion calls, and allocating a builder and a stack for each is most of their cost.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed class ExpansionScratch
{
    /// <summary>Builders that grew past this many characters are dropped rather than kept.</summary>
    private const int MaxPooledCapacity = 16 * 1024;

    private readonly Stack<StringBuilder> _builders = new();
    private readonly Stack<Stack<(Node Node, int Index)>> _stacks = new();

    public StringBuilder RentBuilder() => _builders.Count > 0 ? _builders.Pop() : new StringBuilder(64);

    public Stack<(Node Node, int Index)> RentStack() => _stacks.Count > 0 ? _stacks.Pop() : new Stack<(Node Node, int Index)>(16);

    public void Return(StringBuilder builder)
    {
        if (builder.Capacity <= MaxPooledCapacity)
        {
            builder.Clear();
            _builders.Push(builder);
        }
    }

    public void Return(Stack<(Node Node, int Index)> stack)
    {
        if (stack.Count == 0)
        {
            _stacks.Push(stack);
        }
    }
}
