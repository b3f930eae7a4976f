using System.Globalization;
using System.Text;
using Athenaeum.Scribunto.Tests.Support;
using Xunit.Abstractions;

namespace Athenaeum.Scribunto.Tests.Performance;

/// <summary>
/// The fixed costs docs/scribunto.md ("Performance", third round) reports: a page whose only script
/// is one trivial <c>{{#invoke:}}</c> (the page environment built, one globals copy) and one more
/// trivial invoke on a page (one globals copy, the module run). Times are CPU time of the test's
/// thread, best of three rounds; the assertions check only what cannot be noise.
/// </summary>
public sealed class ScribuntoFixedCostTests(ITestOutputHelper output)
{
    private const string Trivial = "local p = {} function p.f() return 'x' end return p";

    // Counts the distinct tables reachable from the globals (fields and metatables): what every
    // {{#invoke:}} copies.
    private const string Census = """
        local p = {}
        function p.count()
            local seen, n = {}, 0
            local function walk( t )
                if type( t ) ~= 'table' or seen[t] then return end
                seen[t] = true
                n = n + 1
                walk( getmetatable( t ) )
                for k, v in pairs( t ) do walk( k ) walk( v ) end
            end
            walk( _G )
            return n
        end
        return p
        """;

    [Fact]
    public void Measure_TrivialInvoke_PerPageAndPerInvokeCosts()
    {
        using var renderer = new PageRenderer(TestSites.English);
        renderer.Pages.Add(renderer.Titles.MakeTitle(828, "Trivial")!, Trivial, "Scribunto");
        renderer.Pages.Add(renderer.Titles.MakeTitle(828, "Census")!, Census, "Scribunto");
        var many = new StringBuilder();
        for (var i = 0; i < 1000; i++)
        {
            many.Append("{{#invoke:Trivial|f}}");
        }

        var manyText = many.ToString();
        renderer.Render("{{#invoke:Trivial|f}}" + manyText);
        var perPage = double.MaxValue;
        var perInvoke = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var start = Interop.LuaNative.athen_thread_cpu();
            for (var i = 0; i < 300; i++)
            {
                renderer.Render("{{#invoke:Trivial|f}}");
            }

            var pages = (Interop.LuaNative.athen_thread_cpu() - start) / 300;
            start = Interop.LuaNative.athen_thread_cpu();
            renderer.Render(manyText);
            var invokes = (Interop.LuaNative.athen_thread_cpu() - start) / 1000;
            perPage = Math.Min(perPage, pages);
            perInvoke = Math.Min(perInvoke, invokes);
        }

        var tables = renderer.Render("{{#invoke:Census|count}}").Html;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page with one trivial invoke: {perPage * 1000:F3} ms; each further trivial invoke: {perInvoke * 1000:F3} ms; tables in the globals every invoke copies: {tables}"));
        Assert.Contains("x", renderer.Render("{{#invoke:Trivial|f}}").Html, StringComparison.Ordinal);
        Assert.True(perPage > 0 && perInvoke > 0);
    }
}
