using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.Tests.Helpers;

/// <summary>Minimal parser functions for preprocessor tests (the real ones live in the funcs branch).</summary>
internal static class TestFunctions
{
    /// <summary>{{#if:test|then|else}}: expands only the branch it takes.</summary>
    internal sealed class If : IParserFunction
    {
        public IReadOnlyList<string> Names { get; } = ["#if"];

        public bool IsCaseSensitive => false;

        public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
        {
            var test = args[0].ExpandTrimmed();
            var branch = test.Length > 0 ? 1 : 2;
            return args.Count > branch ? args[branch].ExpandTrimmed() : string.Empty;
        }
    }

    /// <summary>{{lc:text}}.</summary>
    internal sealed class Lc : IParserFunction
    {
        public IReadOnlyList<string> Names { get; } = ["lc"];

        public bool IsCaseSensitive => false;

        public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
            => args[0].Expand().ToLowerInvariant();
    }

    /// <summary>{{#html:x}}: returns its argument as finished HTML.</summary>
    internal sealed class Html : IParserFunction
    {
        public IReadOnlyList<string> Names { get; } = ["#html"];

        public bool IsCaseSensitive => false;

        public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
            => new("<b>" + args[0].Expand() + "</b>", IsHtml: true);
    }

    /// <summary>{{#reparse:text}}: returns its (unexpanded-looking) text to be preprocessed again; {{#reparse:nw}} returns a nowiki result.</summary>
    internal sealed class Reparse : IParserFunction
    {
        public IReadOnlyList<string> Names { get; } = ["#reparse"];

        public bool IsCaseSensitive => false;

        public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
        {
            var text = args[0].Expand();
            return text switch
            {
                "nw" => new("[[x]] ''y''", NoWiki: true),
                "missing" => ParserFunctionResult.NotFound,
                _ => new(text.Replace('(', '{').Replace(')', '}').Replace('!', '|'), NoParse: false),
            };
        }
    }

    /// <summary>{{#expensive:}}: counts an expensive call and says whether it was allowed.</summary>
    internal sealed class Expensive : IParserFunction
    {
        public IReadOnlyList<string> Names { get; } = ["#expensive"];

        public bool IsCaseSensitive => false;

        public ParserFunctionResult Invoke(IParserFunctionHost host, IReadOnlyList<ParserFunctionArgument> args)
            => host.TryIncrementExpensiveFunctionCount() ? "yes" : "no";
    }

    /// <summary>{{PAGENAME}}.</summary>
    internal sealed class PageNameVariable : IMagicVariable
    {
        public IReadOnlyList<string> Names { get; } = ["PAGENAME"];

        public bool IsCaseSensitive => true;

        public string Evaluate(IParserFunctionHost host) => host.Context.Title.Text;
    }
}
