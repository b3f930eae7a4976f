using System.Text;

namespace Athenaeum.Wikitext.Syntax;

/// <summary>
/// A node of the preprocessor tree (MediaWiki's preprocessToDom output): text, templates, template
/// arguments, extension tags, comments, headings. Every node carries its source span, and
/// <see cref="ToString"/> rebuilds the exact source text from the node's parts (STYLE.md §2.4).
/// </summary>
/// <remarks>
/// Trees are immutable once built and may be shared between threads. Rebuilding the source walks
/// the tree with an explicit stack, so arbitrarily deep trees (hostile input) do not overflow the
/// call stack.
/// </remarks>
public abstract class Node
{
    private protected Node(int start, int length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>Gets the offset of the node's first character in the preprocessed text, or -1 for a synthesized node.</summary>
    public int Start { get; }

    /// <summary>Gets the length of the node's source text.</summary>
    public int Length { get; }

    /// <summary>Gets the offset just past the node's last character.</summary>
    public int End => Start + Length;

    /// <summary>
    /// Gets how many parts the node's source is made of. A part is either a literal string (markup
    /// such as "{{" or "|") or a child node; concatenating the parts' source gives the node's source.
    /// </summary>
    internal abstract int PartCount { get; }

    /// <summary>Returns the source text of the node, rebuilt from its parts.</summary>
    /// <returns>The exact wikitext the node was parsed from.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(Math.Max(Length, 16));
        WriteSource(sb);
        return sb.ToString();
    }

    /// <summary>Appends the node's source text to a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public void WriteSource(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var stack = new Stack<(Node Node, int Index)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, index) = stack.Pop();
            if (index >= node.PartCount)
            {
                continue;
            }

            stack.Push((node, index + 1));
            switch (node.GetPart(index))
            {
                case string s:
                    builder.Append(s);
                    break;
                case Node child:
                    stack.Push((child, 0));
                    break;
            }
        }
    }

    /// <summary>Gets one part of the node's source: a <see cref="string"/> or a child <see cref="Node"/>.</summary>
    /// <param name="index">The part index, from 0 to <see cref="PartCount"/> - 1.</param>
    /// <returns>The part.</returns>
    internal abstract object GetPart(int index);
}
