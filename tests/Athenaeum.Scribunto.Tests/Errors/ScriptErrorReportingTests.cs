using Athenaeum.Scribunto.Tests.Support;

namespace Athenaeum.Scribunto.Tests.Errors;

/// <summary>
/// Script errors as MediaWiki words and marks them (expected HTML taken from the oracle with the
/// same modules): numbered ids, the tracking category, the plain text in ParserOutput.ScriptErrors.
/// </summary>
public sealed class ScriptErrorReportingTests : IDisposable
{
    private readonly PageRenderer _renderer = new(TestSites.English);

    public ScriptErrorReportingTests()
    {
        Add("Bad", "local p = {}\nfunction p.f()\n  return 1 +\nend\nreturn p\n");
        Add("Str", "return \"a string\"\n");
        Add("Misc", "return { x = 5, f = function() error({}) end, g = function() error(\"plain\", 0) end, h = function() require(\"Module:Nope\") end, n = function() return nil, 1, true end, s = function() error(setmetatable({}, {__tostring = function() return \"custom\" end})) end }\n");
    }

    [Fact]
    public void Render_FailingInvokes_MatchMediaWikisMarkers()
    {
        var output = _renderer.Render("{{#invoke:Bad|f}}\n{{#invoke:Str|f}}\n{{#invoke:Misc|x}}\n{{#invoke:Misc|f}}\n{{#invoke:Misc|g}}\n{{#invoke:Misc|h}}\n{{#invoke:Misc|n}}\n{{#invoke:Misc|s}}\n{{#invoke:Misc| f = x }}\n");
        const string Expected = """
            <div class="mw-parser-output"><p><strong class="error"><span class="scribunto-error" id="mw-scribunto-error-0">Lua error in Module:Bad at line 4: unexpected symbol near &#39;end&#39;.</span></strong>
            <strong class="error"><span class="scribunto-error" id="mw-scribunto-error-1">Script error: The module returned a string value. It is supposed to return an export table.</span></strong>
            <strong class="error"><span class="scribunto-error" id="mw-scribunto-error-2">Script error: &quot;x&quot; is not a function.</span></strong>
            <strong class="error"><span class="scribunto-error" id="mw-scribunto-error-3">Lua error: unknown error.</span></strong>
            <strong class="error"><span class="scribunto-error" id="mw-scribunto-error-4">Lua error: plain.</span></strong>
            <strong class="error"><span class="scribunto-error" id="mw-scribunto-error-5">Lua error in package.lua at line 80: module &#39;Module:Nope&#39; not found.</span></strong>
            </p><p><strong class="error"><span class="scribunto-error" id="mw-scribunto-error-6">Lua error: unknown error.</span></strong>
            <strong class="error"><span class="scribunto-error" id="mw-scribunto-error-7">Script error: The function &quot;f = x&quot; does not exist.</span></strong>
            </p></div>
            """;
        Assert.Equal(Expected, output.Html.TrimEnd());
        Assert.Equal(8, output.ScriptErrors.Count);
        Assert.Equal("Lua error in Module:Bad at line 4: unexpected symbol near 'end'.", output.ScriptErrors[0]);
        Assert.Contains(output.Categories, c => c.Name == "Pages with script errors");
    }

    [Fact]
    public void Render_NoScriptError_AddsNoCategory()
    {
        var output = _renderer.Render("{{#invoke:Misc|n}}");
        Assert.Empty(output.ScriptErrors);
        Assert.DoesNotContain(output.Categories, c => c.Name == "Pages with script errors");
        Assert.True(output.LimitReport.ContainsKey("scribunto-limitreport-memusage"));
    }

    private void Add(string name, string source) => _renderer.Pages.Add(_renderer.Titles.Parse("Module:" + name)!, source, "Scribunto");

    public void Dispose() => _renderer.Dispose();
}
