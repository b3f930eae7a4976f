using FsCheck;
using FsCheck.Fluent;

namespace Athenaeum.Wikitext.Tests.Robustness;

/// <summary>
/// Generators of random and hostile wikitext: fragments of every construct the parser knows (links,
/// templates, tables, lists, tags, quotes, URLs) mixed with script-injection attempts.
/// </summary>
internal static class HostileWikitext
{
    private static readonly string[] Fragments =
    [
        "[[", "]]", "[[Foo|", "[[File:X.jpg|thumb|", "[[Category:C|", "[[:de:X]]", "[[#a]]", "[http://x.org ", "]", "http://a.b/c?d=e&f",
        "{{", "}}", "{{{1}}}", "{{!}}", "{{#if:x|y|z}}", "{{lc:ABC}}", "{{DISPLAYTITLE:x}}", "{|", "|}", "|-", "|", "||", "!", "!!", "|+",
        "''", "'''", "'''''", "==", "===", "\n", "\n\n", " ", "*", "#", ":", ";", "----", "__TOC__", "__NOTOC__", "ISBN 0123456789",
        "<b>", "</b>", "<div>", "</div>", "<table>", "<td>", "<p>", "<pre>", "</pre>", "<nowiki>", "</nowiki>", "<ref>", "</ref>",
        "<!--", "-->", "&amp;", "&#x3C;", "&lt;script&gt;", "<span style=\"color:red\">", "</span>", "<br/>", "<hr>", "-{", "}-",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
        "<div onclick=\"alert(1)\">", "<div style=\"background:url(javascript:alert(1))\">", "<span style=\"width: expression(alert(1))\">",
        "[javascript:alert(1) x]", "[[javascript:alert(1)]]", "{| onmouseover=alert(1)\n|x\n|}", "<svg onload=alert(1)>", "<iframe src=x>",
        "<style>body{}</style>", "<math>x</math>", "<object data=x>", "<base href=x>", "<form action=x>", "<input onfocus=x autofocus>",
        "x", "Lorem ipsum", "é", "\u00a0", "\u200f", "<", ">", "\"", "'", "&", "=", "{", "}",
    ];

    /// <summary>Gets an arbitrary of wikitext strings built from <see cref="Fragments"/>.</summary>
    public static Arbitrary<string> Arbitrary()
        => Gen.ListOf(Gen.Elements(Fragments))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();
}
