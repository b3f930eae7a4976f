using System.Diagnostics;
using Athenaeum.Wikitext;
using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Bench.Render;

/// <summary>
/// Wraps the pipeline's <c>{{#invoke:}}</c> to measure the time spent in Lua modules: wall time of the
/// outermost invocation on each thread (nested invocations through <c>frame:preprocess</c> are inside it),
/// including the wikitext the module expands through the frame, as Scribunto's own time usage does.
/// Register it after Scribunto.
/// </summary>
internal sealed class LuaTimer : IWikitextExtension
{
    [ThreadStatic]
    private static int _depth;

    [ThreadStatic]
    private static long _ticks;

    /// <summary>Gets and resets the Lua time the current thread accumulated.</summary>
    /// <returns>The elapsed time.</returns>
    public static TimeSpan TakeElapsed()
    {
        var ticks = _ticks;
        _ticks = 0;
        return Stopwatch.GetElapsedTime(0, ticks);
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        for (var i = 0; i < pipeline.ParserFunctions.Count; i++)
        {
            var function = pipeline.ParserFunctions[i];
            if (function.Names.Contains("#invoke", StringComparer.OrdinalIgnoreCase))
            {
                pipeline.ParserFunctions[i] = new Timed(function);
                return;
            }
        }

        throw new InvalidOperationException("LuaTimer: the pipeline has no {{#invoke:}}; register it after UseScribunto().");
    }

    /// <inheritdoc/>
    public void Setup(WikitextPipeline pipeline)
    {
    }

    private sealed class Timed(IParserFunction inner) : IParserFunction
    {
        public IReadOnlyList<string> Names => inner.Names;

        public bool IsCaseSensitive => inner.IsCaseSensitive;

        public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
        {
            if (_depth++ > 0)
            {
                try
                {
                    return inner.Invoke(host, args);
                }
                finally
                {
                    _depth--;
                }
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                return inner.Invoke(host, args);
            }
            finally
            {
                _ticks += Stopwatch.GetTimestamp() - started;
                _depth--;
            }
        }
    }
}
