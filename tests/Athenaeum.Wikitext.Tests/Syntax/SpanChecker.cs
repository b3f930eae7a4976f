using Athenaeum.Wikitext.Syntax;

namespace Athenaeum.Wikitext.Tests.Syntax;

/// <summary>Checks that every node's span is where its source is: children contiguous, spans matching the text.</summary>
internal static class SpanChecker
{
    public static void AssertConsistent(NodeList root, string source)
    {
        Assert.Equal(0, root.Start);
        Assert.Equal(source.Length, root.Length);
        var stack = new Stack<Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            Assert.True(node.Start >= 0 && node.End <= source.Length, $"span {node.Start}+{node.Length} outside the text");
            Assert.Equal(source.Substring(node.Start, node.Length), node.ToString());
            foreach (var child in Children(node))
            {
                stack.Push(child);
            }
        }
    }

    private static IEnumerable<Node> Children(Node node) => node switch
    {
        NodeList list => list,
        Template t => [t.Name, .. t.Arguments],
        ArgumentReference a => [a.Name, .. a.Parts],
        TemplateArgument { Name: { } name } arg => [name, arg.Value],
        TemplateArgument arg => [arg.Value],
        Heading h => [h.Content],
        _ => [],
    };
}
