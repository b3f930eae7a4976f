using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Expansion;

/// <content>The expansion loop (MediaWiki's PPFrame_Hash::expand).</content>
internal sealed partial class ExpansionFrame
{
    /// <summary>
    /// Expands a tree in this frame: templates, arguments, functions and tags are substituted,
    /// comments and ignored markup removed, section headings marked. Each call counts one visited
    /// node and one level of expansion depth; past a limit it returns MediaWiki's error text.
    /// </summary>
    /// <param name="root">The tree (a list, a node, or an argument).</param>
    /// <param name="flags">How to expand.</param>
    /// <returns>The expanded text, possibly holding strip markers.</returns>
    public string Expand(Node root, ExpandFlags flags = ExpandFlags.None)
    {
        var stats = _session.Statistics;
        var options = _session.Options;
        if (++stats.VisitedNodeCount > options.MaxNodeCount)
        {
            _session.LimitationWarn("node-count-exceeded", stats.VisitedNodeCount, options.MaxNodeCount);
            return ExpansionMessages.NodeCountExceededError;
        }

        if (stats.ExpansionDepth > options.MaxExpandDepth)
        {
            _session.LimitationWarn("expansion-depth-exceeded", stats.ExpansionDepth, options.MaxExpandDepth);
            return ExpansionMessages.ExpansionDepthExceededError;
        }

        _session.CancellationToken.ThrowIfCancellationRequested();
        stats.ExpansionDepth++;
        if (stats.ExpansionDepth > stats.HighestExpansionDepth)
        {
            stats.HighestExpansionDepth = stats.ExpansionDepth;
        }

        try
        {
            // Most titles, names and values are one piece of text.
            if (root is NodeList list && (list.Count == 0 || (list.Count == 1 && list[0] is PlainText)))
            {
                return list.Count == 0 ? string.Empty : ((PlainText)list[0]).Text;
            }

            return ExpandIteratively(root, flags);
        }
        finally
        {
            stats.ExpansionDepth--;
        }
    }

    private string ExpandIteratively(Node root, ExpandFlags flags)
    {
        var scratch = _session.Scratch;
        var output = scratch.RentBuilder();

        // Generic containers are walked with an explicit stack, so deep trees cannot overflow the
        // call stack; only substitutions recurse, and each recursion passes through Expand's limits.
        var stack = scratch.RentStack();
        Visit(root);
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
                case string text:
                    output.Append(text);
                    break;
                case Node child:
                    Visit(child);
                    break;
            }
        }

        var result = output.ToString();
        scratch.Return(output);
        scratch.Return(stack);
        return result;

        void Visit(Node node)
        {
            switch (node)
            {
                case PlainText text:
                    output.Append(text.Text);
                    break;
                case Template template when (flags & ExpandFlags.NoTemplates) == 0:
                    Append(BraceSubstitution(template));
                    break;
                case ArgumentReference reference when (flags & ExpandFlags.NoArgs) == 0:
                    Append(ArgumentSubstitution(reference));
                    break;
                case Comment comment:
                    // Comments vanish from HTML output; msgnw (RecoverComments) shows them.
                    if ((flags & ExpandFlags.RecoverComments) != 0)
                    {
                        output.Append(comment.Text);
                    }

                    break;
                case IgnoredMarkup ignored:
                    if ((flags & ExpandFlags.NoIgnore) != 0)
                    {
                        output.Append(ignored.Text);
                    }

                    break;
                case ParserTag tag:
                    if ((flags & ExpandFlags.NoTags) != 0)
                    {
                        output.Append(tag.ToString());
                    }
                    else
                    {
                        output.Append(ExtensionSubstitution(tag));
                    }

                    break;
                case Heading { IsSectionHeading: true } heading:
                    output.Append(ExpandSectionHeading(heading, flags));
                    break;
                default:
                    stack.Push((node, 0));
                    break;
            }
        }

        void Append(ExpansionResult result)
        {
            if (result.Object is not null)
            {
                stack.Push((result.Object, 0));
            }
            else
            {
                output.Append(result.Text);
            }
        }
    }

    /// <summary>
    /// Expands a section heading and puts a heading marker after its opening "=" signs, so that the
    /// parse passes can tell which page or template each heading comes from (MediaWiki's mHeadings).
    /// </summary>
    private string ExpandSectionHeading(Heading heading, ExpandFlags flags)
    {
        var text = Expand(heading.Content, flags);
        var marker = _session.AddHeadingMarker(new Parsing.HeadingMarker(Title, heading.Index));
        var split = Math.Min(heading.Level, text.Length);
        return string.Concat(text.AsSpan(0, split), marker, text.AsSpan(split));
    }

    /// <summary>The result of a substitution: text, or a node to expand in place in the current frame.</summary>
    internal readonly record struct ExpansionResult(string? Text, Node? Object)
    {
        public static ExpansionResult FromText(string text) => new(text, null);

        public static ExpansionResult FromObject(Node node) => new(null, node);
    }
}
