using Athenaeum.Scribunto.Tests.Support;

namespace Athenaeum.Scribunto.Tests.Libraries;

/// <summary>
/// mw.language's lc and uc answer ASCII text in C and repeated text from the page's record of the
/// host's answers (docs/scribunto.md, "Performance", third round): the answers and the errors must
/// be the host's, on the first call and on every later one.
/// </summary>
public sealed class LanguageCaseFastPathTests
{
    [Fact]
    public void Lc_RepeatedAsciiAndUnicodeText_SameAsFirstHostAnswer()
    {
        using var runner = new LuaRunner();
        var result = runner.Eval(
            "(function () local l = mw.language.getContentLanguage() local out = {} " +
            "for i = 1, 3 do out[#out + 1] = l:lc('ÉCOLE Ünïcode ΣΑΣ') .. '/' .. l:lc('MiXeD 123 [A-Z]') .. '/' .. l:uc('straße ab') .. '/' .. l:lc('') end " +
            "return table.concat(out, ';') end)()");
        Assert.Equal("école ünïcode σασ/mixed 123 [a-z]/STRASSE AB/;école ünïcode σασ/mixed 123 [a-z]/STRASSE AB/;école ünïcode σασ/mixed 123 [a-z]/STRASSE AB/", result);
    }

    [Fact]
    public void Lc_AsciiTextWithoutLetters_ReturnsTheSameText()
    {
        using var runner = new LuaRunner();
        Assert.Equal("true|true", runner.Eval("mw.language.getContentLanguage():lc('a') == 'a', mw.language.getContentLanguage():lc('12 - @') == '12 - @'"));
    }

    [Fact]
    public void Lc_InvalidCodeAfterValidCalls_StillRaisesTheHostError()
    {
        using var runner = new LuaRunner();
        var result = runner.Eval(
            "(function () local l = mw.language.new('en') l:lc('ABC') l:lc('ABC') l.code = 'a/b' " +
            "local ok, err = pcall(l.lc, l, 'ABC') return tostring(ok) .. ' ' .. tostring(err) end)()");
        Assert.Equal("false language code 'a/b' is invalid", result);
    }

    [Fact]
    public void Lc_DotCallOrNoArgument_RaisesTheLibraryErrors()
    {
        using var runner = new LuaRunner();
        var result = runner.Eval(
            "select(2, pcall(function () local l = mw.language.new('en') l:lc('X') return l.lc('X') end)), " +
            "select(2, pcall(function () local l = mw.language.new('en') l:lc('X') return l:lc() end))");
        Assert.Contains("Did you call lc with a dot instead of a colon", result, StringComparison.Ordinal);
        Assert.Contains("too few arguments to mw.language:lc", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Lc_NonStringArgument_RaisesAsBefore()
    {
        using var runner = new LuaRunner();
        var result = runner.Eval("select(2, pcall(function () local l = mw.language.new('en') l:lc('X') return l:lc({}) end))");
        Assert.Contains("string expected", result, StringComparison.Ordinal);
    }
}
