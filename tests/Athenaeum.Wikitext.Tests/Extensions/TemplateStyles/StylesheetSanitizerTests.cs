using Athenaeum.Wikitext.Extensions.TemplateStyles.Css;

namespace Athenaeum.Wikitext.Tests.Extensions.TemplateStyles;

public sealed class StylesheetSanitizerTests
{
    [Theory]
    [InlineData(".a { color : red ; margin: 0 auto }", ".mw-parser-output .a{color:red;margin:0 auto}")]
    [InlineData("div > p + ul ~ .b,.c  .d { font-family: Verdana, Arial, sans-serif }", ".mw-parser-output div>p+ul~.b,.mw-parser-output .c .d{font-family:Verdana,Arial,sans-serif}")]
    [InlineData(".a:not(.b):nth-child(2n + 1)::before { content: \"\\201C\" }", ".mw-parser-output .a:not(.b):nth-child(2n+1)::before{content:\"“\"}")]
    [InlineData("a[href^=\"http\"] , a[data-x] { width: calc(100% - 2em) !important }", ".mw-parser-output a[href^=\"http\"],.mw-parser-output a[data-x]{width:calc(100% - 2em)!important}")]
    [InlineData("@media screen and (max-width: 720px) { .a { display: none } }", "@media screen and (max-width:720px){.mw-parser-output .a{display:none}}")]
    [InlineData("@media (min-width:640px){.a{float:left}}", "@media(min-width:640px){.mw-parser-output .a{float:left}}")]
    [InlineData("@supports (display: grid) { .a { display: grid } }", "@supports(display:grid){.mw-parser-output .a{display:grid}}")]
    [InlineData("@keyframes spin { from { transform: rotate(0deg) } to { transform: rotate(360deg) } }", "@keyframes spin{from{transform:rotate(0deg)}to{transform:rotate(360deg)}}")]
    [InlineData(".a { color: var(--color-base, #202122); background: rgba(0, 127, 255, 0.133) }", ".mw-parser-output .a{color:var(--color-base,#202122);background:rgba(0,127,255,0.133)}")]
    [InlineData("body .a { color: red } body { color: blue } html > body .a { color: red }", "body .mw-parser-output .a{color:red}.mw-parser-output body{color:blue}.mw-parser-output html>body .a{color:red}")]
    [InlineData(".a { }", ".mw-parser-output .a{}")]
    public void Sanitize_ValidSheet_ScopesAndMinifies(string css, string expected)
    {
        // Act
        var sanitizer = new StylesheetSanitizer(".mw-parser-output");
        var actual = sanitizer.Sanitize(css);

        // Assert
        Assert.Equal(expected, actual);
        Assert.Empty(sanitizer.Errors);
    }

    [Theory]
    [InlineData(".a { background: url(http://evil.example/x.png) }", "bad-value-for-property")]
    [InlineData(".a { background: url(\"//upload.wikimedia.org/x.svg\") }", "bad-value-for-property")]
    [InlineData(".a { width: expression(alert(1)) }", "bad-value-for-property")]
    [InlineData(".a { behavior: url(x.htc) }", "unrecognized-property")]
    [InlineData(".a { -moz-binding: url(x.xml#y) }", "unrecognized-property")]
    [InlineData(".a { --x: url(y) }", "unrecognized-property")]
    [InlineData("@import url(x.css); .a { color: red }", "unrecognized-rule")]
    [InlineData("@font-face { font-family: X; src: url(x.woff) }", "unrecognized-rule")]
    [InlineData(".a { background-image: image-set(\"x.png\" 1x) }", "bad-value-for-property")]
    [InlineData("a:hover<b { color: red }", "invalid-selector-list")]
    [InlineData(".a { color: red; } }</style><script>alert(1)</script>", "unexpected-eof-in-rule")]
    public void Sanitize_Forbidden_DropsItAndReportsError(string css, string error)
    {
        // Act
        var sanitizer = new StylesheetSanitizer(".mw-parser-output");
        var actual = sanitizer.Sanitize(css);

        // Assert
        Assert.Contains(sanitizer.Errors, e => e.Code == error);
        Assert.DoesNotContain("url", actual, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expression", actual, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</style", actual, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", actual, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sanitize_EscapedIdentifiers_AreWrittenSafely()
    {
        // Act: escaped characters are written escaped again (the tag then refuses any "</style").
        var actual = new StylesheetSanitizer(".mw-parser-output").Sanitize(".\\3c \\2f style\\3e { content: \"\\3c/style\\3e\" }");

        // Assert
        Assert.Equal(".mw-parser-output .\\<\\/style\\>{content:\"</style>\"}", actual);
    }

    [Fact]
    public void Sanitize_DeeplyNestedInput_StopsWithError()
    {
        // Arrange
        var css = ".a{width:" + new string('(', 5000) + "1px" + new string(')', 5000) + "}";

        // Act
        var sanitizer = new StylesheetSanitizer(".mw-parser-output");
        var actual = sanitizer.Sanitize(css);

        // Assert
        Assert.Contains(sanitizer.Errors, e => e.Code is "recursion-depth-exceeded" or "bad-value-for-property");
        Assert.Equal(".mw-parser-output .a{}", actual);
    }
}
