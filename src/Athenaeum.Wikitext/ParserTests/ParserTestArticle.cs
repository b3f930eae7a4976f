namespace Athenaeum.Wikitext.ParserTests;

/// <summary>A page defined by an <c>!! article</c> block of a parser-test file, which tests transclude or link to.</summary>
/// <param name="Title">The page title as written ("Template:Foo").</param>
/// <param name="Text">The page text, without its final newline.</param>
/// <param name="LineNumber">The 1-based line of the <c>!! article</c> header.</param>
public sealed record ParserTestArticle(string Title, string Text, int LineNumber);
