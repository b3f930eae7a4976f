using System.Text;
using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.ParserTests;

/// <summary>
/// The tags MediaWiki's parser-test runner installs (tests/parser/ParserTestParserHook.php, 1.39):
/// <c>&lt;tag&gt;</c> and <c>&lt;tåg&gt;</c> dump their content and attributes as PHP's <c>var_export</c>
/// inside <c>&lt;pre&gt;</c>; <c>&lt;statictag&gt;</c> stores its content and <c>&lt;statictag action=flush/&gt;</c>
/// prints it.
/// </summary>
public sealed class ParserTestHooksExtension : IWikitextExtension
{
    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TagExtensions.Add(new DumpTag());
        pipeline.TagExtensions.Add(new StaticTag());

        // ParserFunctions' ParserTestGlobals hook turns the string functions on for parser tests.
        foreach (var function in Extensions.ParserFunctions.ParserFunctionsExtension.CreateStringFunctions())
        {
            pipeline.ParserFunctions.Add(function);
        }
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }

    // PHP's var_export of a string: single quotes, with \ and ' escaped.
    private static string ExportString(string s) => "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static string Export(string? content, IReadOnlyDictionary<string, string> attributes)
    {
        var sb = new StringBuilder();
        sb.Append(content is null ? "NULL" : ExportString(content)).Append('\n');
        sb.Append("array (\n");
        foreach (var (name, value) in attributes)
        {
            sb.Append("  ").Append(ExportString(name)).Append(" => ").Append(ExportString(value)).Append(",\n");
        }

        return sb.Append(')').ToString();
    }

    private sealed class DumpTag : ITagExtension
    {
        public IReadOnlyList<string> TagNames { get; } = ["tag", "tåg"];

        public TagResult Render(TagInvocation invocation)
            => "<pre>\n" + Export(invocation.Content, invocation.Attributes) + "\n</pre>";
    }

    private sealed class StaticTag : ITagExtension
    {
        public IReadOnlyList<string> TagNames { get; } = ["statictag"];

        public TagResult Render(TagInvocation invocation)
        {
            var buffer = invocation.Session.GetExtensionState(static () => new StaticBuffer());
            var attributes = invocation.Attributes;
            if (attributes.Count == 0)
            {
                buffer.Text = invocation.Content;
                return string.Empty;
            }

            if (attributes.Count == 1 && attributes.TryGetValue("action", out var action) && action == "flush" && invocation.Content is null)
            {
                var text = buffer.Text ?? string.Empty;
                buffer.Text = null;
                return text;
            }

            return "\nCall this extension as <statictag>string</statictag> or as <statictag action=flush/>, not in any other way.\n"
                + "text: " + (invocation.Content is null ? "NULL" : ExportString(invocation.Content)) + "\n"
                + "argv: " + Export(null, attributes)[5..] + "\n";
        }
    }

    private sealed class StaticBuffer
    {
        public string? Text { get; set; }
    }
}
