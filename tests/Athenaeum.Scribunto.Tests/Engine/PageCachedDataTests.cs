using Athenaeum.Scribunto.Tests.Support;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Scribunto.Tests.Engine;

/// <summary>
/// mw.site.interwikiMap and mw.language.fetchLanguageNames come from host lists fetched once per
/// page: every call must still return a fresh table with the same contents in the same pairs() order.
/// </summary>
public sealed class PageCachedDataTests
{
    private static readonly SiteConfiguration Site = new("Wikipedia", "//en.wikipedia.org", "en", [], WikimediaInterwikiMap.Create("en"));

    [Theory]
    [InlineData("mw.site.interwikiMap()")]
    [InlineData("mw.site.interwikiMap( 'local' )")]
    [InlineData("mw.site.interwikiMap( '!local' )")]
    [InlineData("mw.language.fetchLanguageNames()")]
    public void Call_Twice_FreshTablesInTheSameOrder(string call)
    {
        // Arrange
        using var runner = new LuaRunner(site: Site);
        var code = $$"""
            local function keys( t )
                local r = {}
                for k, v in pairs( t ) do
                    r[#r + 1] = k .. '=' .. ( type( v ) == 'table' and v.url or v )
                end
                return table.concat( r, ',' )
            end
            local a = {{call}}
            local first = keys( a )
            for k in pairs( a ) do
                a[k] = nil
            end
            local b = {{call}}
            return tostring( first == keys( b ) ) .. ' ' .. tostring( next( a ) == nil ) .. ' ' .. tostring( next( b ) ~= nil ) .. ' ' .. tostring( a ~= b )
            """;

        // Act
        var result = runner.Run(code);

        // Assert
        Assert.Equal("true true true true", result);
    }

    [Fact]
    public void InterwikiMap_UnknownFilter_RaisesTheHostError()
    {
        using var runner = new LuaRunner(site: Site);
        var result = runner.Run("local ok, err = pcall( mw.site.interwikiMap, 'x' ) return tostring( ok ) .. ' ' .. err");
        Assert.Equal("false bad argument #1 to 'interwikiMap' (unknown filter 'x')", result);
    }
}
