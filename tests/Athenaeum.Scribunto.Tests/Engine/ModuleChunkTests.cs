using Athenaeum.Scribunto.Tests.Support;

namespace Athenaeum.Scribunto.Tests.Engine;

/// <summary>
/// How often module source is compiled: once per pool while its text is unchanged, also when a
/// module fails half-way (CS1's Configuration on a wiki without JsonConfig), and never at the
/// price of one #invoke seeing another's state.
/// </summary>
public sealed class ModuleChunkTests : IDisposable
{
    private readonly PageRenderer _renderer = new(TestSites.English);

    public ModuleChunkTests()
    {
        // Data fails at its top level after counting its runs in a global (each run must start
        // from fresh globals, so the count is always 1), as CS1's Configuration does where
        // mw.ext.data is missing; Main catches the error and reports what it saw.
        Add("Data", """
            runs = ( runs or 0 ) + 1
            local seen = runs
            if mw.ext.data == nil then
                error( 'no data ' .. seen )
            end
            return {}
            """);
        Add("Main", """
            local p = {}
            local function show( ok, value )
                return tostring( ok ) .. ':' .. ( type( value ) == 'table' and 'table' or value )
            end
            function p.f( frame )
                return show( pcall( mw.loadData, 'Module:Data' ) )
            end
            function p.g( frame )
                return show( pcall( mw.loadData, 'Module:Data' ) ) .. '|' .. show( pcall( require, 'Module:Data' ) )
            end
            return p
            """);
    }

    [Fact]
    public void Invoke_ModuleFailingAtTopLevel_IsNotRecompiledForEveryInvoke()
    {
        // Arrange
        var page = string.Concat(Enumerable.Repeat("{{#invoke:Main|f}}\n", 20)) + "{{#invoke:Main|g}}";

        // Act
        var first = _renderer.Render(page);
        var compiledAfterFirstPage = _renderer.Scribunto.ModulesCompiled;
        var second = _renderer.Render(page);

        // Assert
        Assert.Equal(22, CountOccurrences(first.Html, "false:Module:Data:4: no data 1"));
        Assert.Contains("false:Module:Data:4: no data 1|false:Module:Data:4: no data 1", first.Html, StringComparison.Ordinal);
        Assert.Equal(first.Html, second.Html);
        Assert.Equal(2, compiledAfterFirstPage);
        // the fresh copy that g's require needs while its loadData run of Data failed comes from bytecode
        Assert.Equal(compiledAfterFirstPage, _renderer.Scribunto.ModulesCompiled);
    }

    [Fact]
    public void Invoke_ModuleChanged_IsCompiledAgain()
    {
        // Arrange
        _renderer.Render("{{#invoke:Main|g}}");
        var before = _renderer.Scribunto.ModulesCompiled;

        // Act
        Add("Data", "return { x = 1 }");
        var output = _renderer.Render("{{#invoke:Main|g}}");

        // Assert
        Assert.Contains("true:table|true:table", output.Html, StringComparison.Ordinal);
        Assert.Equal(before + 1, _renderer.Scribunto.ModulesCompiled);
    }

    [Fact]
    public void Invoke_NewStates_LoadSharedBytecodeWithTheSameErrors()
    {
        // Arrange: one state per render, so every render after the first runs in a new state
        using var renderer = new PageRenderer(TestSites.English, new ScribuntoOptions { PoolStates = false });
        renderer.Pages.Add(renderer.Titles.Parse("Module:Data")!, _renderer.Pages.GetPage(_renderer.Titles.Parse("Module:Data")!)!.Text, "Scribunto");
        renderer.Pages.Add(renderer.Titles.Parse("Module:Main")!, _renderer.Pages.GetPage(_renderer.Titles.Parse("Module:Main")!)!.Text, "Scribunto");
        var expected = renderer.Render("{{#invoke:Main|g}}").Html;
        var compiled = renderer.Scribunto.ModulesCompiled;

        // Act
        var again = renderer.Render("{{#invoke:Main|g}}").Html;

        // Assert
        Assert.Contains("false:Module:Data:4: no data 1|false:Module:Data:4: no data 1", again, StringComparison.Ordinal);
        Assert.Equal(expected, again);
        Assert.Equal(2, renderer.Scribunto.StatesCreated);
        Assert.Equal(compiled, renderer.Scribunto.ModulesCompiled);
    }

    /// <inheritdoc/>
    public void Dispose() => _renderer.Dispose();

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private void Add(string name, string source) => _renderer.Pages.Add(_renderer.Titles.Parse("Module:" + name)!, source, "Scribunto");
}
