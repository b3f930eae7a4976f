import json
S = []
def add(*xs):
    S.extend(xs)
# ParserFunctions
add("{{#if: | yes | no}}", "{{#if: string | yes | no}}", "{{#if:      | yes | no}}", "{{#if:\n\n\n| yes | no}}",
    "{{#if: 1==2 | yes | no}}", "{{#if: foo | yes }}", "{{#if: | yes }}(empty)", "{{#if: foo | | no}}(empty)",
    "{{#if: {{{1}}} | yes | no}}", "{{#if: {{{1|}}} | yes | no}}", "{{#if:x|a|b|c}}", "{{#if:}}", "{{#IF:x|a}}")
add("{{#ifeq: 01 | 1 | yes | no}}", "{{#ifeq: 0 | -0 | yes | no}}", "{{#ifeq: foo | bar | yes | no}}", "{{#ifeq: foo | Foo | yes | no}}",
    "{{#ifeq: \"01\" | \"1\" | yes | no}}", "{{#ifeq: {{PAGENAME:*foo&bar}} | *foo&bar | yes | no}}", "{{#ifeq: a'b | a&#39;b | yes | no}}",
    "{{#ifeq: a'b | a&amp;#39;b | yes | no}}", "{{#ifeq: 1e3 | 1000 | yes | no}}", "{{#ifeq: 1.0 | 1 | yes | no}}", "{{#ifeq: abc | ABC | yes | no}}",
    "{{#ifeq: | | yes | no}}", "{{#ifeq: 9223372036854775807 | 9223372036854775808 | yes | no}}", "{{#ifeq: &nbsp; | &#160; | yes | no}}", "{{#ifeq: 0x1A | 26 | yes | no}}",
    "{{#ifeq: 1 | 1 }}", "{{#ifeq: 1 | 2 | yes }}")
add("{{#iferror: {{#expr: 1 + 2 }} | error | correct }}", "{{#iferror: {{#expr: 1 + X }} | error | correct }}", "{{#iferror: {{#expr: 1 + 2 }} | error }}",
    "{{#iferror: {{#expr: 1 + X }} | error }}", "{{#iferror: {{#expr: 1 + 2 }} }}", "{{#iferror: {{#expr: 1 + X }} }}empty",
    "{{#iferror: <span class=\"error\">x</span> | E | C}}", "{{#iferror: <div class=\"foo error bar\">x</div> | E | C}}", "{{#iferror: <b class=\"error\">x</b> | E | C}}",
    "{{#iferror: <span class=\"errors\">x</span> | E | C}}", "{{#iferror: {{#time:xyz|foo}} | E | C}}", "{{#iferror: {{#rel2abs:../../a}} | E | C}}")
add("{{#ifexpr: | yes | no}}", "{{#ifexpr: 1 > 0 | yes }}", "{{#ifexpr: 1 < 0 | yes }}empty", "{{#ifexpr: 1 > 0 | | no}}empty", "{{#ifexpr: 1 < 0 | | no}}",
    "{{#ifexpr: 1 > 0 }}empty", "{{#ifexpr: (-1)*0 | true | false }}", "{{#ifexpr: 1 + | a | b}}", "{{#ifexpr: 0.0 | a | b}}", "{{#ifexpr: 1/3 | a | b}}",
    "{{#ifexpr: 1e-400 | a | b}}", "{{#ifexpr: (1e308*10)-(1e308*10) | a | b}}")
add("{{#expr: 1 + 2}}", "{{#expr: 1 + X}}", "{{#expr:}}", "{{#expr: 2 &lt; 3}}", "{{#expr: 1/0}}", "{{#expr: 1e20}}", "{{#expr: (1}}", "{{#expr: 5 mod 0}}",
    "{{#expr: \"1\"}}", "{{#expr: 1 & 2}}", "{{#expr: pi}}", "{{#expr: sqrt -1}}", "{{#expr: ln 0}}", "{{#expr: asin 2}}", "{{#expr: 2 ^ 0.5 round 3}}")
add("{{#switch:foo&bar|foo&amp;bar=yes|no}}", "{{#switch:foo&bar|fred=1|foo&amp;bar|g=yes|no}}", "{{#switch:foo&bar|fred=1|foo&amp;&#39;bar|g=yes|no}}",
    "{{#switch:foo|bar|baz=no|*default}}", "{{#switch:none|foo=1|bar=2|#default=no match|baz=3}}", "{{#switch:none|foo=1|bar=2|#default=ignored|baz=3|Second default}}",
    "{{#switch:|a&amp;#39;b}}", "<{{#switch: foo | #default | bar = DEF }}>", "<{{#switch: foo | #default | bar = DEF | baz = GHI }}>",
    "<{{#switch: foo | #defaultWTF? = This is crazy }}>", "<{{#switch: foo | #defaultWTF? | bar = This is crazy }}>", "{{#switch: 01 | 1 = yes | no}}",
    "{{#switch: 0 | -0 = yes | no}}", "{{#switch: foo | bar = yes | no}}", "{{#switch: foo | Foo = yes | no}}", "{{#switch: \"01\" | \"1\" = yes | no}}",
    "{{#switch: 1 | 02 | 01 = yes | no}}", "{{#switch: 1 | \"01\" | \"1\" = yes | no}}", "{{#switch:a|b|<div>c</div>}}", "<{{#switch: foo | bar | #default = DEF }}>",
    "{{#switch: b | a | b | c = abc | d = d}}", "{{#switch: x}}", "{{#switch:}}", "{{#switch: x | #DEFAULT = d}}", "{{#switch: x | x }}", "{{#switch: x | y = 1 | x }}")
add("{{#ifexist:Test page|Found|Not found}}", "{{#ifexist:Missing page xyz|Found|Not found}}", "{{#ifexist:Special:Recentchanges|Found|Not found}}",
    "{{#ifexist:Special:NoSuchSpecialPage|Found|Not found}}", "{{#ifexist:Media:Foobar.jpg|Found|Not found}}", "{{#ifexist:de:Berlin|Found|Not found}}",
    "{{#ifexist:|Found|Not found}}", "{{#ifexist:[[x]]|Found|Not found}}")
add("{{#titleparts: Talk:Foo/bar/baz/quok }}", "{{#titleparts: Talk:Foo/bar/baz/quok | 1 }}", "{{#titleparts: Talk:Foo/bar/baz/quok | 2 }}",
    "{{#titleparts: Talk:Foo/bar/baz/quok | 2 | 2 }}", "{{#titleparts: Talk:Foo/bar/baz/quok | | 2 }}", "{{#titleparts: Talk:Foo/bar/baz/quok | -1 }}",
    "{{#titleparts: Talk:Foo/bar/baz/quok | -1 | -2 }}", "{{#titleparts: Talk:Foo/bar/baz/quok | 1 | -1 }}", "{{#titleparts: talk:foo_bar/baz }}",
    "{{#titleparts: [[bad]]/x | 1 }}", "{{#titleparts: a/b/c | x | y }}")
add("{{#rel2abs: /quok | Help:Foo/bar/baz }}", "{{#rel2abs: ./quok | Help:Foo/bar/baz }}", "{{#rel2abs: ../quok | Help:Foo/bar/baz }}",
    "{{#rel2abs: ../. | Help:Foo/bar/baz }}", "{{#rel2abs: ../quok/. | Help:Foo/bar/baz }}", "{{#rel2abs: ../../quok | Help:Foo/bar/baz }}",
    "{{#rel2abs: ../../../quok | Help:Foo/bar/baz }}", "{{#rel2abs: abc | Help:Foo/bar/baz }}", "{{#rel2abs: /abc }}", "{{#rel2abs: }}",
    "{{#rel2abs: ../../../../quok | Help:Foo/bar/baz }}", "{{#rel2abs: .. }}", "{{#rel2abs: ./ }}", "{{#rel2abs: //a///b/ | x }}")
# #time with fixed dates
fmts = ["Y-m-d H:i:s", "c", "r", "U", "D, d M Y", "l jS F", "y n j G g h A a", "N w z W o t L", "e T O P Z I", "xg xx xn xN", "\\Y \"quoted\" Y", "xrY xhY", "xiY xin xij xiF", "xmY xmn xmj xmF", "xjY xjn xjj xjF xjx xjt", "xkY xoY xtY", "[[Y]] ''F''", ""]
for f in fmts:
    add("{{#time:%s|2024-09-20 12:34:56}}" % f)
dates = ["15 January 2001", "2001", "1967", "28 July 2061", " 2011-11-12 23:00 UTC ", "2011-11-12 23:00 Europe/Paris", "2011-11-12 23:00 America/New_York",
         "@1234567890", "@-1", "January 2001", "2001 January", "1/15/2001", "15.01.2001", "20240920", "2024-09-20T12:00:00Z", "2024-09-20T12:00:00+02:00",
         "Sat, 21 Sep 2024 10:00:00 GMT", "2024-02-30", "foo", "", "9999-12-31 23:59:59", "10000-01-01", "0000-01-01", "-0001-01-01", "July 4th 1776", "4 July 1776 3pm",
         "2024-W38-3", "2024W38", "2001.123", "12 a.m. 2024-01-01", "2024-09-20 12:00 EDT", "1 Jan 70", "1 Jan 69", "II 2024", "1e10", "2024-13-01",
         "Monday, January 15, 2001", "2024-01-31 +1 month", "2024-01-31 +1 month -1 day", "last day of February 2024", "first day of March 2024",
         "third friday of January 2024", "2024-09-20 next monday", "2024-09-20 last friday", "2024-09-20 +2 weeks", "2024-09-20 1 year ago",
         "2024-09-20 monday this week", "2024-09-20 sunday next week", "2024-09-20T25:00", "2024-09-20 noon", "2024-09-20 midnight", "2024-09-20 tomorrow",
         "2024-09-20 +1 fortnight", "2024-09-20 +36 hours", "2024-09-20 12:00:00.5", "12:30", "2024-09-20 +0530"]
for d in dates:
    add("{{#time:Y-m-d H:i:s|%s}}" % d)
add("{{#time:d F Y|1988-02-28|nl}}", "{{#time:l d F Y|2024-09-20|de}}", "{{#time:l F|2024-09-20|fat}}", "{{#time:F|2024-09-20|EN}}", "{{#time:F|2024-09-20|xx-invalid!}}",
    "{{#time:Y-m-d H:i|2024-09-20 12:00|en|1}}", "{{#timel:Y-m-d H:i|2024-09-20 12:00}}", "{{#time:Y}}", "{{#time:Y-m-d H:i:s}}", "{{#timel:H:i}}", "{{#time:}}")
# string functions are off on the oracle wiki: check that they stay text
add("{{#len:abc}}", "{{#urldecode:a%20b}}")
# core functions
add("{{lc:ÀBC Ω}}", "{{uc:àbc ß ﬁ}}", "{{lcfirst:ÀBC}}", "{{ucfirst:àbc}}", "{{ucfirst:ßa}}", "{{lc:}}", "{{LC:ABC}}", "{{uc:a<nowiki>b</nowiki>c}}")
add("{{urlencode:a b&c/d~e é}}", "{{urlencode:a b|PATH}}", "{{urlencode:a b|WIKI}}", "{{urlencode:a b|QUERY}}", "{{urlencode:a b|path}}",
    "{{anchorencode:Foo bar's \"x\" [[Link|text]] ''it'' &amp; <b>b</b> __x__}}", "{{anchorencode:x <nowiki>y</nowiki> z}}", "{{anchorencode:[[a]] [http://x.org y] ~!@#$%^&*()}}",
    "{{anchorencode:Ä ö 1.2 %20}}")
add("{{localurl:Foo bar}}", "{{localurl:Foo bar|action=edit}}", "{{localurle:Foo|a=b&c=d}}", "{{fullurl:Foo bar}}", "{{fullurl:Foo#x y}}", "{{fullurl:Foo|action=raw}}",
    "{{fullurle:Foo|a=b&c}}", "{{canonicalurl:Foo}}", "{{canonicalurl:Media:X.jpg}}", "{{canonicalurle:Foo|a&b}}", "{{localurl:de:Foo}}", "{{fullurl:de:Foo|a=b}}",
    "{{fullurl:de:Foo#bar}}", "{{fullurl:wikt:word}}", "{{localurl:}}", "{{localurl:[[x]]}}", "{{localurl:Foo%20bar}}", "{{localurl:Special:Random}}", "{{localurl:Main Page}}",
    "{{localurl:Talk:Foo/Bar}}", "{{localurl:Category:Foo}}", "{{fullurl:Help:Foo?x}}")
add("{{filepath:Foo.jpg}}", "{{ns:0}}", "{{ns:4}}", "{{ns:5}}", "{{ns:-1}}", "{{ns:-2}}", "{{ns:10}}", "{{ns:828}}", "{{ns:Project}}", "{{ns:project_talk}}", "{{ns:Image}}",
    "{{ns:WP}}", "{{ns:999}}", "{{ns:x}}", "{{ns:00}}", "{{ns:01}}", "{{nse:5}}", "{{nse:Project talk}}", "{{ns:}}")
add("{{formatnum:1234567.891}}", "{{formatnum:-1234.50}}", "{{formatnum:1,234.5|R}}", "{{formatnum:1234.5|NOSEP}}", "{{formatnum:abc 1234 def}}", "{{formatnum:}}",
    "{{formatnum:12345678901234567890}}", "{{formatnum:0.1234567890123456789}}", "{{formatnum:1e5}}", "{{formatnum:-0}}", "{{formatnum:NAN}}", "{{formatnum:1234|r}}",
    "{{formatnum:1<nowiki>2</nowiki>3456}}")
add("{{padleft:7|3|0}}", "{{padleft:abc|5|xy}}", "{{padright:abc|5|é}}", "{{padleft:|3|x}}", "{{padleft:abc|2}}", "{{padleft:abc|x|y}}", "{{padleft:a|600|b}}",
    "{{padright:abc|5}}", "{{padleft:abc|5|}}", "{{padleft:a<nowiki>b</nowiki>|8|x}}")
add("{{plural:1|one|other}}", "{{plural:1.0|one|other}}", "{{plural:2|one|other}}", "{{PLURAL:1,000|a|b}}", "{{plural:0|one|other}}", "{{plural:-1|one|other}}",
    "{{plural:1|one}}", "{{plural:5|0=none|1=one|other}}", "{{plural:0|0=none|1=one|other}}", "{{plural:x|one|other}}", "{{plural:1.5|one|other}}", "{{plural:}}")
add("{{gender:|m|f|n}}", "{{gender:|m|f}}", "{{gender:|m}}", "{{gender:}}", "{{gender:Admin|m|f|n}}", "{{grammar:genitive|Wikipedia}}", "{{bidi:abc}}", "{{bidi:שלום}}", "{{bidi:123}}")
add("{{#language:de}}", "{{#language:de|en}}", "{{#language:xyz}}", "{{#language:EN-GB}}", "{{#language:fat}}", "{{#language:zh-hans}}", "{{#language:}}", "{{#language:simple}}",
    "{{#language:sr-ec}}", "{{#dir:en}}", "{{#bcp47:en-gb}}")
add("{{int:edit}}", "{{int:nonexistent-msg-xyz}}", "{{int:Edit}}", "{{int:}}", "{{int:youhavenewmessages|lots of money|not!}}", "{{int:categories}}", "{{int:pagecategories|3}}",
    "{{int:and}}{{int:word-separator}}", "{{int:lang}}")
add("{{#special:Recentchanges}}", "{{#speciale:Random page}}", "{{#special:Foo}}", "{{#special:BaDtItLe}}", "{{#special:RandomPage/x y}}", "{{#speciale:Recentchanges/a b}}",
    "{{#special:Special:Foo}}", "{{#special:[[x]]}}")
add("{{#formatdate:2024-03-05}}", "{{#dateformat:March 5, 2024|dmy}}", "{{#formatdate:5 March 2024|mdy}}", "{{#formatdate:2024-03-05|dmy}}", "{{#formatdate:March 5|dmy}}",
    "{{#formatdate:5 Mar 2024|ymd}}", "{{#formatdate:2024 March 5|ISO 8601}}", "{{#formatdate:500 BC March 5}}", "{{#formatdate:foo}}", "{{#formatdate:2024-13-05|dmy}}",
    "{{#formatdate:march 5, 2024|dmy}}")
# page names
names = ["PAGENAME","PAGENAMEE","FULLPAGENAME","FULLPAGENAMEE","BASEPAGENAME","BASEPAGENAMEE","ROOTPAGENAME","ROOTPAGENAMEE","SUBPAGENAME","SUBPAGENAMEE",
         "TALKPAGENAME","TALKPAGENAMEE","SUBJECTPAGENAME","SUBJECTPAGENAMEE","ARTICLEPAGENAME","NAMESPACE","NAMESPACEE","NAMESPACENUMBER","TALKSPACE","TALKSPACEE",
         "SUBJECTSPACE","SUBJECTSPACEE","ARTICLESPACE"]
args = ["", "Foo bar/baz/quok", "Talk:Foo bar/baz", "Help talk:A/b/c", "User:Ab'c [x] {y}", "*foo&bar", "Special:Random/x", "de:Foo", "Module:A/b", "Wikipedia:ISBN 123",
        "Category:Foo_bar", "Media:X.jpg", ":Foo", "mailto:x", "[[x]]", "Template:A b/c d"]
for n in names:
    add("{{%s}}" % n)
    for a in args:
        add("{{%s:%s}}" % (n, a))
add("{{pagename}}", "{{Pagename}}")
add("{{DISPLAYTITLE:Test page}}", "{{DISPLAYTITLE:''Test'' page}}", "{{DISPLAYTITLE:Other}}", "{{DISPLAYTITLE:test page}}", "{{DISPLAYTITLE:<span style=\"display:none\">x</span>Test page}}",
    "{{DISPLAYTITLE:<b>Test</b> page}}{{DISPLAYTITLE:Test page}}", "{{DISPLAYTITLE:Test page}}{{DISPLAYTITLE:Test_page|noerror}}", "{{DISPLAYTITLE:<span style=\"color:red\">Test</span> page}}",
    "{{DISPLAYTITLE:<div>Test page</div>}}", "{{DISPLAYTITLE:Test page#x}}", "{{displaytitle:Test page}}", "{{DISPLAYTITLE:Test&nbsp;page}}")
add("{{DEFAULTSORT:Foo}}", "{{DEFAULTSORT:Foo}}{{DEFAULTSORT:Bar}}", "{{DEFAULTSORT:Foo}}{{DEFAULTSORT:Bar|noerror}}", "{{DEFAULTSORT:Foo}}{{DEFAULTSORT:Bar|noreplace}}",
    "{{DEFAULTSORTKEY:Foo}}", "{{DEFAULTCATEGORYSORT:Foo}}", "{{DEFAULTSORT:}}", "{{DEFAULTSORT:Foo}}{{DEFAULTSORT:Foo}}", "{{defaultsort:Foo}}", "{{DEFAULTSORT:'a' [b]}}{{DEFAULTSORT:c}}")
# date, site
for v in ["CURRENTYEAR","CURRENTMONTH","CURRENTMONTH2","CURRENTMONTH1","CURRENTMONTHNAME","CURRENTMONTHNAMEGEN","CURRENTMONTHABBREV","CURRENTDAY","CURRENTDAY2","CURRENTDOW",
          "CURRENTDAYNAME","CURRENTTIME","CURRENTHOUR","CURRENTWEEK","CURRENTTIMESTAMP","LOCALYEAR","LOCALMONTH","LOCALMONTHNAME","LOCALDAY","LOCALTIME","LOCALTIMESTAMP",
          "LOCALWEEK","LOCALDOW","LOCALHOUR","LOCALDAYNAME","SITENAME","SERVER","SERVERNAME","SCRIPTPATH","STYLEPATH","ARTICLEPATH","CURRENTVERSION","CONTENTLANGUAGE",
          "CONTENTLANG","PAGELANGUAGE","DIRECTIONMARK","DIRMARK","!","=","server","Server","sitename","currentyear","NUMBEROFADMINS"]:
    add("{{%s}}" % v)
add("{{NUMBERINGROUP:sysop}}", "{{NUMBERINGROUP:bureaucrat}}", "{{NUMBERINGROUP:user}}", "{{NUMINGROUP:Sysop}}", "{{NUMBEROFADMINS:R}}",
    "{{PAGESINCATEGORY:Foo}}", "{{PAGESINCATEGORY:<bogus>}}", "{{PAGESINCAT:Foo|R}}", "{{PAGESINCATEGORY:Foo|pages}}",
    "{{PROTECTIONLEVEL:edit}}", "{{PROTECTIONEXPIRY:edit}}", "{{PROTECTIONEXPIRY:create}}", "{{PROTECTIONEXPIRY:move|Missing xyz}}", "{{PROTECTIONEXPIRY:create|Missing xyz}}",
    "{{PROTECTIONEXPIRY:foo}}", "{{CASCADINGSOURCES}}", "{{PAGEID}}", "{{PAGEID:Test page}}", "{{PAGEID:Missing xyz}}", "{{PAGEID:Special:Random}}", "{{REVISIONID}}",
    "{{REVISIONID:Missing xyz}}", "{{PAGESIZE:Missing xyz}}", "{{PAGESIZE:Missing xyz|R}}", "{{PAGESIZE:[[x]]}}", "{{REVISIONUSER}}", "{{REVISIONDAY:Missing xyz}}")
with open('/tmp/funcs-oracle/pp-cases.jsonl','w') as f:
    for s in S:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
print(len(S))
