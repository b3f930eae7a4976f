using System.Diagnostics;
using Athenaeum.Scribunto.Tests.Support;
using Athenaeum.Wikitext;

namespace Athenaeum.Scribunto.Tests.Engine;

/// <summary>
/// Hostile modules stop at their limit with a script error and the process survives: the native
/// shim raises every Lua error from C frames only (docs/scribunto.md, "Safety").
/// </summary>
public sealed class SandboxLimitTests
{
    private const string Timeout = "The time allocated for running scripts has expired.";
    private const string OutOfMemory = "Lua error: not enough memory.";

    private static LuaRunner Runner(double cpuSeconds = 0.3, long memory = 16L * 1024 * 1024)
        => new(new ParserOptions { LuaCpuLimit = TimeSpan.FromSeconds(cpuSeconds), LuaMemoryLimit = memory });

    [Theory]
    [InlineData("while true do end")]
    [InlineData("while true do pcall(function () while true do end end) end")]
    [InlineData("while true do pcall(error, 'x') end")]
    [InlineData("xpcall(function () while true do end end, function (e) while true do end end)")]
    [InlineData("local function f() pcall(f) while true do end end f()")]
    [InlineData("local t = setmetatable({}, { __index = function (t, k) while true do end end }) return pcall(function () return t.x end)")]
    [InlineData("for i = 1, 1e12 do local ok = pcall(string.rep, 'x', 10) end")]
    public void Run_EndlessLoop_StopsWithTimeoutError(string body)
    {
        using var runner = Runner();
        var watch = Stopwatch.StartNew();
        var output = runner.Run(body);
        Assert.Contains(Timeout, output, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "took " + watch.Elapsed);
    }

    [Theory]
    [InlineData("return ('a'):rep(40):find(('a?'):rep(40) .. ('a'):rep(40) .. 'b')")]
    [InlineData("return mw.ustring.find(('a'):rep(40), ('a?'):rep(40) .. ('a'):rep(40) .. 'b')")]
    [InlineData("return mw.ustring.gsub(('é'):rep(40), ('é?'):rep(40) .. ('é'):rep(40) .. 'b', '')")]
    [InlineData("return ('x'):rep(200000):gsub('.-.-.-.-y', '')")]
    public void Run_BacktrackingPattern_StopsWithTimeoutError(string body)
    {
        using var runner = Runner();
        var output = runner.Run(body);
        Assert.Contains(Timeout, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TimeoutOnce_LaterInvokesOnThePageTimeOutTooButNextPageRuns()
    {
        using var runner = Runner();
        runner.AddModule("Spin", "return { run = function () while true do end end, ok = function () return 'fine' end }");
        using (var host = runner.NewPage())
        {
            Assert.Contains(Timeout, runner.Invoke(host, "Spin", "run"), StringComparison.Ordinal);
            Assert.Contains(Timeout, runner.Invoke(host, "Spin", "ok"), StringComparison.Ordinal);
            Assert.Equal(2, host.Output.ScriptErrors.Count);
        }

        using var next = runner.NewPage();
        Assert.Equal("fine", runner.Invoke(next, "Spin", "ok"));
    }

    [Theory]
    [InlineData("local t = {} local i = 0 while true do i = i + 1 t[i] = {} end")]
    [InlineData("local t = {} while true do t[#t + 1] = ('x'):rep(1000) .. #t end")]
    [InlineData("local s = 'x' while true do s = s .. s end")]
    [InlineData("return ('x'):rep(2^31)")]
    [InlineData("return ('x'):rep(1e9):rep(1e9)")]
    [InlineData("return pcall(string.rep, 'x', 2^40)")]
    [InlineData("while true do pcall(function () local t = {} while true do t[#t + 1] = {} end end) end")]
    [InlineData("return table.concat({ ('x'):rep(2^22), ('x'):rep(2^22), ('x'):rep(2^22), ('x'):rep(2^22) })")]
    public void Run_UnboundedMemory_StopsWithMemoryError(string body)
    {
        using var runner = Runner(cpuSeconds: 10);
        Assert.Contains(OutOfMemory, runner.Run(body), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RepOfEmptyString_ReturnsAtOnce()
    {
        using var runner = Runner();
        Assert.Equal("0", runner.Run("return #string.rep('', 1e15)"));
    }

    [Theory]
    [InlineData("local function f(n) return f(n + 1) + 1 end return f(1)", "stack overflow")]
    [InlineData("local t = setmetatable({}, { __index = function (t, k) return t[k] end }) return t.x", "C stack overflow")]
    [InlineData("local t = setmetatable({}, { __tostring = function (t) return tostring(t) end }) return tostring(t)", "C stack overflow")]
    [InlineData("return ('a'):rep(1000):find(('a?'):rep(1000))", "pattern too complex")]
    [InlineData("return mw.ustring.find(('a'):rep(1000), ('a?'):rep(1000))", "pattern too complex")]
    public void Run_DeepRecursion_StopsWithScriptError(string body, string message)
    {
        using var runner = Runner(cpuSeconds: 10);
        var output = runner.Run(body);
        Assert.Contains("scribunto-error", output, StringComparison.Ordinal);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RecursionThroughPcall_Survives()
    {
        using var runner = Runner(cpuSeconds: 10);
        Assert.Equal("ok", runner.Run("local function f() pcall(f) end f() return 'ok'"));
    }

    [Fact]
    public void Run_ErrorsThrownInsideCallbacks10000Times_AreCaughtAndTheStateStaysUsable()
    {
        using var runner = Runner(cpuSeconds: 60);
        var output = runner.Run("""
            local n = 0
            for i = 1, 10000 do
                local ok, e = pcall(mw.title.new, {})
                local ok2, e2 = pcall(mw.text.jsonDecode, '{' .. i)
                if not ok and e:find('number or string expected', 1, true) and not ok2 then n = n + 1 end
            end
            return n
            """);
        Assert.Equal("10000", output);
        Assert.Equal("3", runner.Run("return 1 + 2"));
    }

    [Fact]
    public void Invoke_10000FailingInvokesInARow_EachReportedAndTheProcessSurvives()
    {
        using var runner = Runner(cpuSeconds: 60);
        runner.AddModule("Boom", "return { run = function (frame) error('boom ' .. frame.args[1]) end, ok = function () return 'fine' end }");
        using (var host = runner.NewPage())
        {
            for (var i = 0; i < 10_000; i++)
            {
                var output = runner.Invoke(host, "Boom", "run", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Contains("Lua error in Module:Boom at line 1: boom " + i + ".", output, StringComparison.Ordinal);
            }

            Assert.Equal(10_000, host.Output.ScriptErrors.Count);
            Assert.Contains("mw-scribunto-error-10000", runner.Invoke(host, "Boom", "run", "x"), StringComparison.Ordinal);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var next = runner.NewPage();
        Assert.Equal("fine", runner.Invoke(next, "Boom", "ok"));
    }

    [Fact]
    public void Invoke_1000PagesHittingTheMemoryLimit_EachReportedAndStatesReused()
    {
        using var runner = Runner(cpuSeconds: 10, memory: 2L * 1024 * 1024);
        runner.AddModule("Hog", "return { run = function () local t = {} while true do t[#t + 1] = {} end end }");
        for (var i = 0; i < 1000; i++)
        {
            using var host = runner.NewPage();
            Assert.Contains(OutOfMemory, runner.Invoke(host, "Hog", "run"), StringComparison.Ordinal);
        }

        Assert.True(runner.Extension.StatesCreated <= 2, "states created: " + runner.Extension.StatesCreated);
        Assert.Equal("ok", runner.Run("return 'ok'"));
    }

    [Fact]
    public void Run_TimeSpentInsideACallback_CountsAndStopsTheScript()
    {
        using var runner = Runner(cpuSeconds: 0.3);
        runner.AddModule("Slow", "return { run = function (frame) return frame:getParent():preprocess('x') end }");
        using var host = runner.NewPage(templateArgs: []);
        ((TestFrame)host.Frame).OnPreprocess = text =>
        {
            // burn one second of this thread's CPU time (wall time would depend on the machine's load)
            var start = Athenaeum.Scribunto.Interop.LuaNative.athen_thread_cpu();
            var x = 0L;
            while (Athenaeum.Scribunto.Interop.LuaNative.athen_thread_cpu() - start < 1.0)
            {
                x++;
            }

            return text + (x > 0 ? "!" : "?");
        };
        Assert.Contains(Timeout, runner.Invoke(host, "Slow", "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HugeStringReturnedByACallback_StopsWithMemoryError()
    {
        using var runner = Runner(cpuSeconds: 10, memory: 8L * 1024 * 1024);
        runner.AddModule("Big", "return { run = function (frame) local s = frame:getParent():preprocess('x') return #s end }");
        using var host = runner.NewPage(templateArgs: []);
        ((TestFrame)host.Frame).OnPreprocess = _ => new string('y', 32 * 1024 * 1024);
        Assert.Contains(OutOfMemory, runner.Invoke(host, "Big", "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MemoryErrorInsidePcallInsideCallback_CannotBeSwallowed()
    {
        using var runner = Runner(cpuSeconds: 10, memory: 8L * 1024 * 1024);
        runner.AddModule("Big2", "return { run = function (frame) local parent = frame:getParent() for i = 1, 3 do pcall(parent.preprocess, parent, 'x') end return 'swallowed' end }");
        using var host = runner.NewPage(templateArgs: []);
        ((TestFrame)host.Frame).OnPreprocess = _ => new string('y', 32 * 1024 * 1024);
        Assert.Contains(OutOfMemory, runner.Invoke(host, "Big2", "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HostExceptionInsideCallback_BecomesACatchableLuaError()
    {
        using var runner = Runner();
        runner.AddModule("Bug", "return { run = function (frame) local parent = frame:getParent() local ok, e = pcall(parent.preprocess, parent, 'x') return tostring(ok) .. ':' .. e end }");
        using var host = runner.NewPage(templateArgs: []);
        ((TestFrame)host.Frame).OnPreprocess = _ => throw new InvalidOperationException("simulated bug");
        Assert.Equal("false:internal error in host function: InvalidOperationException: simulated bug", runner.Invoke(host, "Bug", "run"));
    }

    [Fact]
    public void Invoke_RecursionThroughHostCallbacksOnASmallStack_StopsWithAnError()
    {
        string? output = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    using var runner = Runner(cpuSeconds: 30);
                    runner.AddModule("Rec", "return { run = function (frame) return 'x' .. frame:getParent():preprocess('again') end }");
                    using var host = runner.NewPage(templateArgs: []);
                    ((TestFrame)host.Frame).OnPreprocess = _ => runner.Invoke(host, "Rec", "run");
                    output = runner.Invoke(host, "Rec", "run");
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        Assert.NotNull(output);
        Assert.Contains("stack overflow", output, StringComparison.Ordinal);
    }
}
