using Athenaeum.Scribunto.Tests.Support;

namespace Athenaeum.Scribunto.Tests.Frames;

/// <summary>
/// Module isolation, with a pooled Lua state serving page after page: nothing one page's scripts
/// do is seen by the next page, and nothing one #invoke does is seen by another on the same page
/// (except mw.loadData's cache, which is per page by design).
/// </summary>
public sealed class IsolationTests : IDisposable
{
    private readonly PageRenderer _renderer = new(TestSites.English);

    public IsolationTests()
    {
        _renderer.Pages.Add(_renderer.Titles.Parse("Module:Leak")!, """
            local p = {}
            counter = (counter or 0) + 1
            function p.set(frame)
                leaked = 'global'
                mw.text.leaked = 'library'
                string.leaked = 'string library'
                getmetatable(mw.html.create('div')).__index.leaked = function () return 'method' end
                local data = mw.loadData('Module:Data')
                return 'set'
            end
            function p.get(frame)
                local ok, method = pcall(function () return mw.html.create('div'):leaked() end)
                return table.concat({ tostring(leaked), tostring(mw.text.leaked), tostring(string.leaked), tostring(("x").leaked),
                    ok and method or 'no method', tostring(counter) }, ',')
            end
            function p.data(frame)
                return tostring(mw.loadData('Module:Data').n)
            end
            return p
            """, "Scribunto");
        _renderer.Pages.Add(_renderer.Titles.Parse("Module:Data")!, "calls = (calls or 0) + 1\nreturn { n = calls }", "Scribunto");
    }

    [Fact]
    public void Invoke_SamePage_GlobalsAndLibraryChangesDoNotCross()
    {
        var html = _renderer.Render("{{#invoke:Leak|set}} {{#invoke:Leak|get}}").Html;
        Assert.Contains("set nil,nil,nil,nil,method,1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NextPageOnThePooledState_SeesNothingOfThePreviousPage()
    {
        _renderer.Render("{{#invoke:Leak|set}}");
        var html = _renderer.Render("{{#invoke:Leak|get}}").Html;
        Assert.Contains("nil,nil,nil,nil,no method,1", html, StringComparison.Ordinal);
        Assert.Equal(1, _renderer.Scribunto.StatesCreated);
    }

    [Fact]
    public void LoadData_IsLoadedOncePerPage()
    {
        Assert.Contains("1 1", _renderer.Render("{{#invoke:Leak|data}} {{#invoke:Leak|data}}").Html, StringComparison.Ordinal);
        Assert.Contains("1", _renderer.Render("{{#invoke:Leak|data}}").Html, StringComparison.Ordinal);
    }

    public void Dispose() => _renderer.Dispose();
}
