namespace Athenaeum.Wikitext.ParserTests;

/// <summary>How a parser-test case ended.</summary>
public enum ParserTestOutcome
{
    /// <summary>The engine's HTML equals the expectation.</summary>
    Passed,

    /// <summary>The engine's HTML differs from the expectation, or the render threw.</summary>
    Failed,

    /// <summary>The case is not a test of the PHP parser's HTML output, or uses a mode the engine does not have.</summary>
    Skipped,
}
