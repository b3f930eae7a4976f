using Athenaeum.Scribunto.Tests.Support;

namespace Athenaeum.Scribunto.Tests.Frames;

/// <summary>
/// mw.getCurrentFrame() and its parent through the real preprocessor: arguments as Scribunto
/// gives them (positional untrimmed, named trimmed, lazy, pairs/ipairs), templates, parser
/// functions, tags, child frames.
/// </summary>
public sealed class FrameTests : IDisposable
{
    private readonly PageRenderer _renderer = new(TestSites.English);

    public FrameTests()
    {
        _renderer.Pages.Add(_renderer.Titles.Parse("Module:F")!, """
            local p = {}
            function p.args(frame)
                local out = {}
                for k, v in pairs(frame.args) do out[#out + 1] = type(k) .. ':' .. k .. '=[' .. v .. ']' end
                table.sort(out)
                return table.concat(out, ' ')
            end
            function p.ipairs(frame)
                local out = {}
                for i, v in ipairs(frame.args) do out[#out + 1] = i .. '=' .. v end
                return table.concat(out, ',')
            end
            function p.parent(frame)
                local parent = frame:getParent()
                return parent:getTitle() .. '|' .. (parent.args.x or 'nil') .. '|' .. frame:getTitle() .. '|' .. tostring(parent:getParent())
            end
            function p.expand(frame)
                return frame:expandTemplate{ title = 'Greet', args = { 'World', punct = '!' } }
                    .. '|' .. frame:callParserFunction('#if', { 'x', 'yes', 'no' })
                    .. '|' .. frame:callParserFunction{ name = 'lc', args = { 'ABC' } }
                    .. '|' .. frame:preprocess('{{Greet|You}} {{{1|none}}}')
                    .. '|' .. frame:getParent():preprocess('{{{x}}}')
            end
            function p.child(frame)
                local child = frame:newChild{ title = 'Template:Kid', args = { 'a', b = 'c' } }
                return child:getTitle() .. '|' .. child.args[1] .. child.args.b .. '|' .. child:preprocess('{{{1}}}-{{{b}}}') .. '|' .. child:getParent():getTitle()
            end
            function p.tag(frame)
                return frame:extensionTag('nowiki', '[[x]]') .. frame:extensionTag{ name = 'pre', content = 'a  b', args = { class = 'c' } }
            end
            function p.lazy(frame)
                return frame.args.used
            end
            function p.argument(frame)
                return frame:getArgument(1):expand() .. '|' .. frame:newParserValue('{{lc:X}}'):expand() .. '|' .. frame:newTemplateParserValue{ title = 'Greet', args = { 'T' } }:expand()
            end
            function p.badSelf(frame)
                return frame.getParent()
            end
            return p
            """, "Scribunto");
        _renderer.Pages.Add(_renderer.Titles.Parse("Template:Greet")!, "Hello {{{1}}}{{{punct|.}}}");
        _renderer.Pages.Add(_renderer.Titles.Parse("Template:Wrap")!, "{{#invoke:F|parent}}");
    }

    [Fact]
    public void Args_PositionalAndNamed_AreUntrimmedAndTrimmed()
    {
        var html = _renderer.Render("{{#invoke:F|args| a | name = b |c}}").Html;
        Assert.Contains("number:1=[ a ] number:2=[c] string:name=[b]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Args_Ipairs_StopsAtTheFirstGap()
    {
        Assert.Contains("1=a,2=b", _renderer.Render("{{#invoke:F|ipairs|a|b|4=d}}").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void GetParent_InsideTemplate_IsTheTemplateFrame()
    {
        Assert.Contains("Template:Wrap|7|Module:F|nil", _renderer.Render("{{Wrap|x=7}}").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpandTemplate_CallParserFunction_Preprocess_ExpandInTheRightFrames()
    {
        var html = _renderer.Render("{{#invoke:F|expand|arg}}").Html;
        Assert.Contains("Hello World!|yes|abc|Hello You. arg|{{{x}}}", html, StringComparison.Ordinal);
    }

    [Fact]
    public void NewChild_HasItsTitleArgumentsAndParent()
    {
        Assert.Contains("Template:Kid|ac|a-c|Module:F", _renderer.Render("{{#invoke:F|child}}").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtensionTag_ReturnsTheTagsOutput()
    {
        var html = _renderer.Render("{{#invoke:F|tag}}").Html;
        Assert.Contains("[[x]]", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"c\">a  b</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Args_NotRead_AreNeverExpanded()
    {
        var output = _renderer.Render("{{#invoke:F|lazy|used=1|unused=[[Category:Should not appear]]{{DEFAULTSORT:Nope}}}}");
        Assert.Contains("1", output.Html, StringComparison.Ordinal);
        Assert.Null(output.DefaultSort);
    }

    [Fact]
    public void ParserValues_ExpandOnDemand()
    {
        Assert.Contains("v|x|Hello T.", _renderer.Render("{{#invoke:F|argument|v}}").Html, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameMethod_CalledWithADot_ExplainsTheMistake()
    {
        var output = _renderer.Render("{{#invoke:F|badSelf}}");
        Assert.Contains("frame:getParent: invalid frame object. Did you call getParent with a dot instead of a colon", output.ScriptErrors[0], StringComparison.Ordinal);
    }

    public void Dispose() => _renderer.Dispose();
}
