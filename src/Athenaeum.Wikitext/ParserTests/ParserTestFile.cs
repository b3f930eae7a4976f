namespace Athenaeum.Wikitext.ParserTests;

/// <summary>A parsed parser-test file: its articles, its cases and the hooks it requires.</summary>
/// <param name="FileName">The file name ("parserTests.txt").</param>
/// <param name="Articles">The <c>!! article</c> pages, in file order.</param>
/// <param name="Cases">The <c>!! test</c> cases, in file order.</param>
/// <param name="RequiredHooks">The tag names listed in <c>!! hooks</c> blocks ("ref").</param>
/// <param name="RequiredFunctionHooks">The parser function names listed in <c>!! functionhooks</c> blocks ("time").</param>
public sealed record ParserTestFile(
    string FileName,
    IReadOnlyList<ParserTestArticle> Articles,
    IReadOnlyList<ParserTestCase> Cases,
    IReadOnlyList<string> RequiredHooks,
    IReadOnlyList<string> RequiredFunctionHooks);
