using Athenaeum.Scribunto.Tests.Support;

namespace Athenaeum.Scribunto.Tests.Engine;

public sealed class SmokeTests
{
    [Fact]
    public void Run_SimpleArithmetic_ReturnsResult()
    {
        using var runner = new LuaRunner();
        Assert.Equal("2", runner.Run("return 1 + 1"));
    }

    [Fact]
    public void Eval_Globals_MatchSandbox()
    {
        using var runner = new LuaRunner();
        Assert.Equal("nil|nil|nil|function|table", runner.Eval("loadstring, print, getfenv, pairs, tostring({})"));
    }
}
