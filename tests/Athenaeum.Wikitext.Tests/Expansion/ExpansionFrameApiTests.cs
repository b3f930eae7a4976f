using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Parsing;
using Athenaeum.Wikitext.Parsing.Preprocessor;
using Athenaeum.Wikitext.Tests.Helpers;

namespace Athenaeum.Wikitext.Tests.Expansion;

/// <summary>The frame as Lua modules use it (frame.args, frame:expandTemplate, frame:callParserFunction, frame:preprocess).</summary>
public sealed class ExpansionFrameApiTests
{
    private static readonly Dictionary<string, string> Pages = new(StringComparer.Ordinal)
    {
        ["Template:Echo"] = "{{{1}}}|{{{name|}}}",
        ["Template:Loop"] = "{{Loop}}",
        ["Template:Probe"] = "{{#probe:}}",
    };

    [Fact]
    public void TemplateFrame_Arguments_AreNamedInCallOrderAndTrimmedWhenNamed()
    {
        // Arrange
        var probe = new ProbeFunction();
        var harness = new ExpansionHarness(Pages, configure: b => b.ParserFunctions.Add(probe));

        // Act
        harness.Expand("{{Probe| a |x= b |c|2=d|x=e}}");

        // Assert
        var frame = probe.Frame!;
        // Numbered first, then named, as PHP keeps them: "2=d" moved "2" to the named arguments.
        Assert.Equal(["1", "x", "2"], frame.ArgumentNames);
        Assert.True(frame.TryGetArgument("1", out var first));
        Assert.Equal(" a ", first);
        Assert.True(frame.TryGetArgument("2", out var second));
        Assert.Equal("d", second);
        Assert.True(frame.TryGetArgument("x", out var x));
        Assert.Equal("e", x);
        Assert.False(frame.TryGetArgument("3", out _));
        Assert.Equal("Template:Probe", frame.Title.PrefixedText);
        Assert.Equal(1, frame.Depth);
        Assert.Equal("Test page", frame.Parent!.Title.PrefixedText);
        Assert.Null(frame.Parent.Parent);
    }

    [Fact]
    public void NewChildFrame_InvokeStyleArguments_AreNumberedAfterTheFunctionNameAndExpandedLazily()
    {
        // Arrange: like {{#invoke:Module|function|args}}, the arguments after the function name.
        var probe = new ChildProbeFunction();
        var harness = new ExpansionHarness(Pages, configure: b => b.ParserFunctions.Add(probe));

        // Act
        harness.Expand("{{#child:M|func| a | k = v |{{Loop}}|b}}");

        // Assert
        var frame = probe.Child!;
        Assert.Equal(["1", "2", "3", "k"], frame.ArgumentNames);
        Assert.True(frame.TryGetArgument("1", out var first));
        Assert.Equal(" a ", first);
        Assert.True(frame.TryGetArgument("k", out var k));
        Assert.Equal("v", k);
        Assert.True(frame.TryGetArgument("3", out var third));
        Assert.Equal("b", third);
        Assert.Empty(harness.Output.Categories);
        Assert.Equal("Module:M", frame.Title.PrefixedText);
        Assert.Equal(frame.Parent!.Depth + 1, frame.Depth);
    }

    [Fact]
    public void ExpandTemplate_ExistingTemplate_ExpandsWithGivenArguments()
    {
        // Arrange
        var (frame, titles) = RootFrame();

        // Act
        var result = frame.ExpandTemplate(titles.Parse("Echo", 10)!, [new("1", "a"), new("name", " n ")]);

        // Assert
        Assert.Equal("a|n", result);
    }

    [Theory]
    [InlineData("Nope", "expandTemplate: template \"Template:Nope\" does not exist")]
    [InlineData("Loop", "expandTemplate: template loop detected")]
    public void ExpandTemplate_MissingOrLooping_ThrowsScribuntoMessage(string name, string message)
    {
        // Arrange
        var (frame, titles) = RootFrame();
        var loopFrame = frame.NewChild(titles.Parse("Loop", 10)!, []);

        // Act
        var error = Assert.Throws<ExpansionException>(() => loopFrame.ExpandTemplate(titles.Parse(name, 10)!, []));

        // Assert
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void CallParserFunction_KnownAndUnknown_BehaveAsScribunto()
    {
        // Arrange
        var (frame, _) = RootFrame();

        // Act
        var lower = frame.CallParserFunction("lc", ["ABC"]);
        var tag = frame.CallParserFunction("#tag", ["nowiki", "''x''"]);
        var error = Assert.Throws<ExpansionException>(() => frame.CallParserFunction("#nope", ["x"]));

        // Assert
        Assert.Equal("abc", lower);
        Assert.StartsWith(StripState.MarkerPrefix, tag, StringComparison.Ordinal);
        Assert.Equal("callParserFunction: function \"#nope\" was not found", error.Message);
    }

    [Fact]
    public void Preprocess_InTemplateFrame_SeesArgumentsAndIncludeOnly()
    {
        // Arrange
        var (frame, titles) = RootFrame();
        var child = frame.NewChild(titles.Parse("Module:M", 828)!, [new("1", "one"), new("k", " v ")]);

        // Act
        var result = child.Preprocess("{{{1}}}-{{{k}}}-<includeonly>inc</includeonly>{{Echo|z}}");

        // Assert
        Assert.Equal("one-v-incz|", result);
        Assert.Equal(["1", "k"], child.ArgumentNames);
    }

    [Fact]
    public void ExtensionTag_RegisteredAndUnregistered_ReturnsMarkerOrTag()
    {
        // Arrange
        var (frame, _) = RootFrame();

        // Act
        var marker = frame.ExtensionTag("pre", "a<b", [new("class", "c")]);
        var plain = frame.ExtensionTag("span", "x", [new("title", "t")]);

        // Assert
        Assert.StartsWith(StripState.MarkerPrefix, marker, StringComparison.Ordinal);
        Assert.Equal("<span title=\"t\">x</span>", plain);
    }

    [Fact]
    public void Expand_NonIncludableNamespace_BecomesLink()
    {
        // Arrange
        var harness = new ExpansionHarness(Pages, new ParserOptions { NonIncludableNamespaces = new HashSet<int> { 10 } });

        // Act
        var result = harness.Expand("{{Echo|x}}");

        // Assert
        Assert.Equal("[[:Template:Echo]]", result);
    }

    [Fact]
    public void ParseSession_Dispose_DisposesExtensionState()
    {
        // Arrange
        var harness = new ExpansionHarness(Pages);
        harness.Expand("x");
        var session = harness.LastSession!;
        var state = session.GetExtensionState(() => new DisposableState());

        // Act
        session.Dispose();

        // Assert
        Assert.True(state.Disposed);
        Assert.Throws<ObjectDisposedException>(() => session.GetExtensionState(() => new DisposableState()));
    }

    [Fact]
    public void TagInvocation_WithoutRecursiveParser_ExplainsWhatIsMissing()
    {
        // Arrange
        var harness = new ExpansionHarness(Pages, configure: b => b.TagExtensions.Add(new RecursiveTag()));

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => harness.Expand("<rec>x</rec>"));

        // Assert
        Assert.Contains("RecursiveParser", error.Message, StringComparison.Ordinal);
    }

    private static (IExpansionFrame Frame, Athenaeum.Wikitext.Titles.TitleParser Titles) RootFrame()
    {
        var harness = new ExpansionHarness(Pages);
        var session = new ParseSession(harness.Pipeline, harness.Context);
        WikitextPreprocessor.Expand(string.Empty, session);
        return (session.RootFrame, harness.Context.Titles);
    }

    private sealed class ProbeFunction : IParserFunction
    {
        public IExpansionFrame? Frame { get; private set; }

        public IReadOnlyList<string> Names { get; } = ["#probe"];

        public bool IsCaseSensitive => false;

        public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
        {
            Frame = host.Frame;
            return string.Empty;
        }
    }

    private sealed class ChildProbeFunction : IParserFunction
    {
        public IExpansionFrame? Child { get; private set; }

        public IReadOnlyList<string> Names { get; } = ["#child"];

        public bool IsCaseSensitive => false;

        public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
        {
            var title = host.Context.Titles.Parse(args[0].ExpandTrimmed(), 828)!;
            Child = host.NewChildFrame(title, [.. args.Skip(2)], indexOffset: 1);
            return string.Empty;
        }
    }

    private sealed class DisposableState : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    private sealed class RecursiveTag : ITagExtension
    {
        public IReadOnlyList<string> TagNames { get; } = ["rec"];

        public TagResult Render(TagInvocation invocation) => invocation.RecursiveTagParse(invocation.Content ?? string.Empty);
    }
}
