#!/usr/bin/env python3
"""Builds the differential test data in TestData/Sanitization/ from MediaWiki 1.39 itself.

For each Sanitizer function (and tidy) it writes hand-picked inputs plus seeded random inputs made
of the tokens that matter to that function, runs them through sanitizer-oracle.php (MediaWiki's
own code) and stores the answers as JSON lines: {"fn", "in", "el", "mode", "out"}. The C# tests
replay every line. Re-run after changing the inputs (needs the oracle wiki, see
../shared/tools/README.md):

    python3 generate.py [--state /var/lib/athenaeum-oracle-fat] [--only css,tidy]
"""
import argparse
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'TestData', 'Sanitization')
COMMON = os.path.join(HERE, '..', '..', '..', '..', '..', 'shared', 'tools', 'mediawiki-oracle', 'common.sh')


def soup(rng, tokens, n_min=1, n_max=12):
    return ''.join(rng.choice(tokens) for _ in range(rng.randint(n_min, n_max)))


ENTITY_TOKENS = ['&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&nbsp;', '&copy;', '&copy', '&foo;', '&#65;',
                 '&#x41;', '&#X41;', '&#0;', '&#x0;', '&#9;', '&#10;', '&#13;', '&#12;', '&#127;', '&#128;',
                 '&#159;', '&#160;', '&#xD800;', '&#xDFFF;', '&#xFFFE;', '&#xFFFD;', '&#x10FFFF;', '&#x110000;',
                 '&#00065;', '&#x0041;', '&#99999999999;', '&', '&#', '&#x', '&#;', '&#x;', '&;', ';', 'a', ' ',
                 '&NotEqualTilde;', '&רלמ;', '&رلم;', '&rlm;', '&Aacute;', '&aacute;', '&ampx;', '&AMP;',
                 '&amp', '&lt', '&#1114111;', '&#1114112;', 'é', '&é;', '&#x1F600;', '😀', '&fjlig;', '&ThickSpace;']

CSS_TOKENS = ['color', ':', 'red', ';', ' ', '\t', '\n', 'expression', 'Expression', 'EXPRESSION', 'url', 'URL',
              '(', ')', 'image', 'image-set', 'attr', 'filter', 'accelerator', '-o-link', '-o-link-source',
              '-o-replace', 'javascript', '/*', '*/', '\\', '\\75', '\\0075', '\\75 ', '\\65 ', '\\\n', '\\\r\n',
              '&#x75;', '&#117;', '&amp;', '"', "'", '\\22', '\\27', '\\5c', '\\a', ',', 'x', 'background',
              'behavior', '-moz-binding', 'ｅｘｐｒｅｓｓｉｏｎ', 'ｕｒｌ', '\x01', '\x7f', '\ufffd', '\\0', '\\D\t',
              '\\1F600 ', '&#0;', '&#xD800;', 'width', '100px', '!important', 'u\\rl', 'e\\x']

ATTR_TOKENS = [' ', '  ', '\t', '\n', '=', '"', "'", '/', '>', 'a', 'b', 'class', 'id', 'style', 'title', 'onclick',
               'onmouseover', 'href', 'src', 'data-x', 'data-mw', 'data-MW-foo', 'data-ooui', 'data-parsoid',
               'data-a_b', 'data-a:b', 'xmlns:x', 'xmlns:', 'tabindex', 'itemscope', 'itemtype', 'itemprop',
               'itemid', 'itemref', 'rel', 'typeof', 'about', 'aria-labelledby', 'aria-hidden', 'role', 'lang',
               'dir', 'align', 'width', 'colspan', 'rowspan', 'cite', 'datetime', 'value', 'start', 'reversed',
               'javascript:alert(1)', 'vbscript:x', 'http://x.org/a', '//x.org', 'mailto:a@b', 'JAVASCRIPT:x',
               '*/javascript:', ' javascript', '&#106;avascript:x', '&quot;', '&amp;', '&lt;', '&#x27;',
               '{{x}}', '[[y]]', "''", 'ISBN', 'RFC', 'PMID', '|', '_', '＿', 'color:red', 'url(x)', 'x y',
               'é', 'Ä', '1a', ':x', '.x', '-x', 'CLASS', 'Style', '0', '1', '-1', '\u00a0', '%41', '#a']

ELEMENTS = ['div', 'span', 'table', 'td', 'th', 'tr', 'a', 'img', 'br', 'li', 'ol', 'ul', 'font', 'p', 'blockquote',
            'q', 'meta', 'link', 'math', 'video', 'time', 'data', 'hr', 'pre', 'b', 'script', 'unknown', 'del', 'col']

TAG_TOKENS = ['<', '>', '/', '</', '/>', '<b>', '</b>', '<i>', '<div>', '</div>', '<span>', '</span>', '<p>',
              '</p>', '<br>', '<br/>', '<br />', '</br>', '<hr>', '<li>', '<li/>', '<ul>', '</ul>', '<table>',
              '</table>', '<tr>', '<td>', '</td>', '<th>', '<script>', '</script>', '<style>', '</style>',
              '<a href="http://x">', '</a>', '<img src=x onerror=alert(1)>', '<iframe src=x>', '<object>',
              '<embed>', '<form>', '<input>', '<svg onload=alert(1)>', '<math>', '</math>', '<meta itemprop="a" content="b">',
              '<meta>', '<link itemprop="a" href="http://x">', '<link href=x>', '<span/>', '<div/>', '<dt/>',
              '<b title="a>b">', '<span style="color:red">', '<span onclick="x">', '<DIV CLASS=X>', '<bdi>',
              '<!--', '-->', '<!-- c -->', '<!', '<?', '<1>', '< b>', '<b\n>', '<b\t>', '<b\x0b>', '<b\0>',
              'text', ' ', '\n', '&', '&amp;', '&lt;', '>', '"', "'", '<wbr>', '<ruby>', '<rt>', '<center>',
              '<font color=red>', '<h2>', '</h2>', '<caption>', '<tbody>', '<thead>', '<col>', '<q>', '<abbr>',
              '<nowiki>', '<ref>', '<pre>', '<data value=1>', '<time datetime=x>', '<mark>', '<s>', '<strike>']

TIDY_TOKENS = ['<b>', '</b>', '<i>', '</i>', '<u>', '</u>', '<s>', '<a href="x">', '</a>', '<font>', '</font>',
               '<big>', '<small>', '</small>', '<code>', '</code>', '<tt>', '<em>', '<strong>', '</strong>',
               '<span>', '</span>', '<span class="x">', '<div>', '</div>', '<div class="y">', '<p>', '</p>',
               '<blockquote>', '</blockquote>', '<center>', '</center>', '<pre>', '</pre>', '<pre>\n',
               '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th>', '<caption>', '</caption>',
               '<tbody>', '<thead>', '<ul>', '</ul>', '<ol>', '<li>', '</li>', '<dl>', '<dt>', '<dd>', '</dl>',
               '<h2>', '</h2>', '<br>', '<br />', '<hr>', '<hr />', '<wbr>', '<img src="x">', '<style>x</style>',
               '<link rel="stylesheet" href="x">', '<meta itemprop="x" content="y">', '<sup>', '</sup>',
               '<sub>', '<ruby>', '<rt>', '</ruby>', '<textarea>', '</textarea>', '<select>', '<option>',
               '<svg>', '</svg>', '<math>', '</math>', '<mi>', '<foreignObject>', '<path d="x"/>',
               '<!-- c -->', '<!--', '&amp;', '&lt;', '&nbsp;', '&#160;', '&foo;', '&', '&#x41;', '<', '>',
               '"', "'", 'x', 'y', 'text', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u0338', 'a !', '« b',
               '\x7f', '<figure typeof="mw:File">', '</figure>', '<figcaption>', '<nobr>', '<button>',
               '<form>', '</form>', '<input>', '<label>', '<video>', '</video>', '<source src="x">', '<bdi>',
               '<h1>', '<address>', '<section>', '<article>', '<main>', '<frameset>', '<body>', '<html>',
               '<head>', '<title>', '<iframe>', '</iframe>', '<noscript>', '<xmp>', '<listing>', '<plaintext>',
               '<template>', '</template>', '<col>', '<colgroup>', '<tfoot>', '<marquee>', '<applet>',
               '<object>', '<param>', '<embed>', '<keygen>', '<image>', '<isindex>', '<menu>', '<details>']


def cases_entities(rng):
    fixed = ['', 'plain', '&amp; &lt; &gt; &quot;', '&nbsp;&copy;', '&#65;&#x41;&#X41;', '&#0;&#xD800;&#xFFFE;',
             '&רלמ; &رلم;', '&NotEqualTilde;', 'a & b', 'a&b;', '&#x1F600;', '&#99999999999999999999;',
             '&#00000000065;', '&#x0000000041;', '&apos;', '&AMP;', '&copy', '&;', '&#;']
    out = []
    for fn in ('norm', 'decode', 'allowEnt'):
        out += [{'fn': fn, 'in': s} for s in fixed]
        out += [{'fn': fn, 'in': soup(rng, ENTITY_TOKENS + ['<b>', '"', "'", '\u0338'])} for _ in range(150)]
    return out


def cases_css(rng):
    fixed = ['color:red', 'width: expression(alert(1))', 'background:url(javascript:alert(1))',
             'background: URL ( x )', 'x:\\75 rl(y)', 'x:u\\rl(y)', 'x:&#x75;rl(y)', 'x:u/**/rl(y)',
             'filter:alpha(opacity=50)', 'filter : x', '-o-link:x', '-o-link-source:x', '-o-replace:x',
             'accelerator:true', 'list-style:image(x)', 'image-set(x)', 'content:attr(href url)',
             'content:attr(x,url)', 'content:attr(url)', '/* comment */', ' /* a */ ', '/* a */ b',
             'a /* b */ c /* d', '/* a * b */', '/*/', 'a*/b', "content:'\\22'", 'a:b\\', 'a:\\0',
             'a:\\110000', 'a:\\D800', 'x:\\\ny', 'x:\\\r\ny', 'font-family:"a\\"b"', 'a:\x01', 'a:\x7f',
             'a:\ufffd', 'width: ｅｘｐｒｅｓｓｉｏｎ(alert(1))', 'behavior:url(x.htc)', '-moz-binding:url(x)',
             'color:red;\\', '\\65 xpression(1)', 'e\\x\\p\\r\\e\\s\\s\\i\\o\\n(1)', '', ' ']
    out = [{'fn': 'css', 'in': s} for s in fixed]
    out += [{'fn': 'css', 'in': soup(rng, CSS_TOKENS, 1, 14)} for _ in range(400)]
    return out


def cases_attrs(rng):
    fixed = [('div', ' Style="color:red" onclick=alert(1) id=\'a b\' data-x=1 data-mw=2 data-a_b=3'),
             ('div', 'a b=c d = \'e\' f="g" x="y"z =h /i >j a=dup'),
             ('a', 'href="javascript:alert(1)" rel="nofollow"'), ('a', 'href="http://x.org/"'),
             ('img', 'src="//x.org/a.png" alt="a" onerror="x"'), ('img', 'src="x.png"'),
             ('div', 'itemtype="http://schema.org/x" itemid="y"'),
             ('div', 'itemscope itemtype="http://schema.org/x" itemid="y"'),
             ('div', 'itemprop="javascript:x"'), ('div', 'typeof="vbscript:x"'), ('div', 'rel="*/javascript:x"'),
             ('div', 'xmlns:foo="http://x" xmlns:bar="javascript:x"'), ('div', 'tabindex=0'), ('div', 'tabindex=1'),
             ('div', 'aria-labelledby="a b  c" aria-describedby=" x "'), ('div', 'title="{{x}} [[y]] \'\'z\'\'"'),
             ('div', 'title="ISBN 123 RFC 1 PMID 2 http://x mailto:y HTTP://Z hotel:1"'),
             ('div', 'title="a\nb\tc\rd"'), ('div', 'title=\'"\''), ('div', 'title="&#10;&#9;"'),
             ('table', 'border=1 cellpadding=2 summary=x onload=y'), ('td', 'colspan=2 nowrap bgcolor=red'),
             ('font', 'color=red face=x size=3'), ('ol', 'start=3 reversed type=a'), ('br', 'clear=all'),
             ('meta', 'itemprop=x content=y'), ('link', 'itemprop=x href="http://x" title=t'),
             ('math', 'class=x id=y style=z display=block'), ('span', ''), ('span', '   '),
             ('span', 'id="&#32;a&amp;b"'), ('span', 'class="a"class="b"'), ('span', '=x'), ('span', '"x"'),
             ('span', 'data-=1 data-a=1 DATA-B=2 data-é=3 data-＿=4'), ('span', 'style="background:url(x)"')]
    out = [{'fn': 'attrs', 'el': el, 'in': s} for el, s in fixed]
    out += [{'fn': 'decodeAttrs', 'in': s} for _, s in fixed]
    for _ in range(400):
        out.append({'fn': 'attrs', 'el': rng.choice(ELEMENTS), 'in': soup(rng, ATTR_TOKENS, 1, 16)})
    for _ in range(150):
        out.append({'fn': 'decodeAttrs', 'in': soup(rng, ATTR_TOKENS, 1, 16)})
    legacy = [{'fn': 'attrs', 'el': 'span', 'in': 'id="a b é %41"', 'mode': ['legacy']},
              {'fn': 'attrs', 'el': 'span', 'in': 'aria-owns="é x"', 'mode': ['legacy', 'html5']}]
    return out + legacy


def cases_ids(rng):
    tokens = [' ', '\t', '\n', '\f', '\r', '_', 'a', 'B', 'é', '%', '%41', '%4', ':', '.', '<', '>', '"', "'",
              '#', '&', '+', '/', '?', '😀', '\u00a0', '\u3000', '~', '-', '0']
    fixed = ['Hey < # " > % : \' é', '50% off %41', 'a b\tc', 'x' * 1100, '😀' * 1030, '', ' lead', 'trail ']
    out = []
    for fn in ('idattr', 'idfallback', 'idlink', 'idinterwiki'):
        out += [{'fn': fn, 'in': s} for s in fixed]
        out += [{'fn': fn, 'in': soup(rng, tokens, 1, 10)} for _ in range(60)]
    out += [{'fn': 'idattr', 'in': 'a b %41', 'mode': ['legacy']}, {'fn': 'idlink', 'in': 'a b %41', 'mode': ['legacy']}]
    out += [{'fn': 'class', 'in': s} for s in ['1a b!c\u00a0d__e_', '-x', 'a.b', 'é', '__', '']]
    out += [{'fn': 'class', 'in': soup(rng, tokens + ['!', '(', '[', '`', '\x01', '9'], 1, 10)} for _ in range(60)]
    out += [{'fn': 'sectionWs', 'in': soup(rng, [' ', '_', 'a', '\t', '\n'], 1, 10)} for _ in range(30)]
    return out


def cases_text(rng):
    out = []
    ftokens = [' ', 'a', '?', ':', ';', '!', '%', '»', '›', '«', '‹', 'é', '_', '1', '\u00a0', 'x', '.', '?!']
    out += [{'fn': 'french', 'in': s} for s in ['a :é b :x c !', '« x » y ?» z %', '« « x']]
    out += [{'fn': 'french', 'in': soup(rng, ftokens, 1, 12)} for _ in range(100)]
    ctokens = ['<!--', '-->', '<!-- c -->', '\n', ' ', 'a', '<', '!', '-', '<!', '--', '-->\n']
    out += [{'fn': 'comments', 'in': s} for s in ['a\n <!-- x --> \nb<!-- y -->c<!-- z', '<!<!-- x -->-- y -->',
                                                   ' <!-- x --> \n', '\n<!-- x -->\n', '<!-->']]
    out += [{'fn': 'comments', 'in': soup(rng, ctokens, 1, 14)} for _ in range(150)]
    utokens = ['http://', 'https://', '//', 'a', '.', 'com', '/', ' ', '<', '>', '"', '|', '[', ']', '\x7f',
               '\u00ad', '\u200b', '\u200e', '\u00a0', '\u3000', '%5B', '%5D', '::1', ':80', '&amp;', '&lt;',
               '&#32;', '?q=1', '#f', 'é', '\U000E0041', '\ufe0f', 'mailto:', ':', 'x']
    out += [{'fn': 'cleanUrl', 'in': s} for s in ['http://exa\u00admple.com/a b<c>"d|e[f]\x7f',
                                                   'http://%5B::1%5D:80/x', 'http://a&amp;b.com/&lt;x&#32;y',
                                                   '//x.org:80/y', 'noprotocol', ':x', 'http:///x']]
    out += [{'fn': 'cleanUrl', 'in': soup(rng, utokens, 1, 10)} for _ in range(150)]
    stokens = ['<b>', 'x'] + ENTITY_TOKENS + ['\u0338', '"', "'", '<']
    out += [{'fn': 'safeAttr', 'in': soup(rng, ATTR_TOKENS, 1, 10)} for _ in range(150)]
    out += [{'fn': 'allowEnt', 'in': soup(rng, stokens, 1, 10)} for _ in range(50)]
    return out


def cases_remove(rng):
    fixed = ['<b>x</b>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:x">y</a>',
             '<span/>', '<li/>', '<br/>', '<br>', '</br>', '<hr/>', '<meta>', '<meta itemprop="a" content="b">',
             '<meta itemprop="a" content="b"/>', '</meta>', '<link itemprop=a href="http://x">', '<link href=x>',
             'a > b', '<div title="a>b">x</div>', '<b\n>x</b>', '<b\r>', '<1>', '< b>', '<b', '<!-- c -->x',
             '<DIV CLASS=X>y</DIV>', '</span title=x>', '<span title="{{x}}">', '<iframe src="x"></iframe>',
             '<svg onload=alert(1)>', '<math><mi>x</mi></math>', '<style>x</style>', '<table><tr><td>x</td></tr></table>']
    out = [{'fn': 'remove', 'in': s} for s in fixed]
    out += [{'fn': 'remove', 'in': soup(rng, TAG_TOKENS, 1, 14)} for _ in range(500)]
    out += [{'fn': 'remove', 'in': '<span id="a b %41">x</span>', 'mode': ['legacy']}]
    return out


FORMATTING = ['a', 'b', 'i', 'u', 's', 'em', 'strong', 'font', 'big', 'small', 'code', 'tt', 'nobr', 'strike']
BLOCKS = ['div', 'p', 'blockquote', 'center', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h2', 'pre', 'table', 'section',
          'address', 'figure', 'figcaption', 'main', 'details', 'summary']
INLINES = ['span', 'sup', 'sub', 'abbr', 'cite', 'q', 'ruby', 'rt', 'rp', 'rb', 'rtc', 'bdi', 'mark', 'data', 'time', 'var',
           'kbd', 'samp', 'label', 'button', 'select', 'option', 'optgroup', 'textarea', 'img', 'br', 'hr', 'wbr', 'input',
           'video', 'audio', 'source', 'param']
TABLES = ['table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'col']
OTHERS = ['svg', 'math', 'mi', 'mo', 'mtext', 'annotation-xml', 'foreignObject', 'desc', 'title', 'path', 'g', 'style',
          'script', 'template', 'noscript', 'iframe', 'xmp', 'listing', 'plaintext', 'form', 'frameset', 'body', 'html',
          'head', 'meta', 'link', 'base', 'image', 'isindex', 'menuitem', 'marquee', 'object', 'applet', 'embed', 'area',
          'keygen', 'frame', 'noframes', 'noembed', 'mglyph', 'malignmark']
ATTR_CHOICES = ['', ' class="x"', ' class="y"', ' id=a', ' title="t &amp; u"', " style='c:d'", ' href="h"',
                ' encoding="text/html"', ' encoding="TEXT/HTML"', ' type=hidden', ' type=text', ' color=red', ' a=1 a=2',
                ' x', ' =y', ' "q"=1', " viewbox='0 0 1 1'", ' definitionurl=u', ' xlink:href=z']
TEXTS = ['x', 'y z', ' ', '\n', '\t', 'a !', '« b', '&amp;', '&lt;', '&nbsp;', '&#160;', '&foo;', '&', '\u00a0', '\u0338',
         '\r', '\r\n', '\x00', '\x7f', 'é', '<', '>', '"', "'", '&#x41', '&copy']
ODD = ['<!-- c -->', '<!-->', '<!--->', '<!-- a -- b -->', '<!-- x --!>', '<![CDATA[cd]]>', '<!DOCTYPE x>', '<?pi?>',
       '</>', '</ y>', '<!x>', '</style >', '</STYLE>', '</style/>', '</script>', '</textarea>', '<', '</', '<1', '< b>',
       '<!--<script>', '-->']


def structured_soup(rng):
    """Tags (any case, attributes, self-closing), end tags, text and odd markup in random order."""
    names = FORMATTING * 2 + BLOCKS + INLINES + TABLES + OTHERS
    parts = []
    for _ in range(rng.randint(1, 40)):
        r = rng.random()
        if r < 0.3:
            n = rng.choice(names)
            n = n.upper() if rng.random() < 0.05 else n
            parts.append('<' + n + rng.choice(ATTR_CHOICES) + ('/' if rng.random() < 0.05 else '') + '>')
        elif r < 0.55:
            parts.append('</' + rng.choice(names) + ('  ' if rng.random() < 0.03 else '') + '>')
        elif r < 0.9:
            parts.append(rng.choice(TEXTS))
        else:
            parts.append(rng.choice(ODD))
    return ''.join(parts)


def cases_tidy(rng):
    fixed = ['<b>x<div>y</div>z</b>', '<blockquote>foo</blockquote>', '<b>x<p>y</b>z</p>',
             '<table>foo<tr><td>x</td></tr></table>', 'a', '<p>a</p>', 'a\n<div>b</div>c', '<span><div>x</div></span>y',
             '<i><b>x</i>y</b>', '<li></li><p></p><table><tr></tr></table>', '<pre>\nx</pre>', '<pre>\n\nx</pre>',
             '<textarea>\nx</textarea>', '<br><hr><wbr><img src="x">', 'a &amp; b &lt; &nbsp; &foo; & x &#x41;',
             '<div title="a &amp; &quot; b &nbsp;\u00a0 \"">x</div>', 'a !b « c', '<style>a<b !</style>', '\x7f',
             '<table><tr><td>a</td></tr></table>', '<ul><li>a<li>b</ul>', '<dl><dt>a<dd>b</dl>',
             '<svg><path d="x"/><foreignObject><div>x</div></foreignObject></svg>', '<math><mi>x</mi><b>y</b></math>',
             '<a href="x">1<a href="y">2</a>', '<p>a<div>b</div>c</p>', '<center>a</center>b', 'x<!-- c -->y',
             '<blockquote>a<div>b</div>c</blockquote>', '<b><i><u>x<div>y</div>z</u></i></b>', '\n\n<b>x</b>\n',
             '<small>a<p>b</p>c</small>', '<font color="red">a<table><tr><td>b</td></tr></table>c</font>']
    out = [{'fn': 'tidy', 'in': s} for s in fixed]
    out += [{'fn': 'tidy', 'in': soup(rng, TIDY_TOKENS, 1, 25)} for _ in range(1000)]
    out += [{'fn': 'tidy', 'in': structured_soup(rng)} for _ in range(1200)]
    out += [{'fn': 'tidyFrench', 'in': s} for s in ['a !b', 'a :x « c', '<b>a !</b>', '<style>a !</style>', '<math><mi>a !</mi></math>']]
    return out


def cases_html_functions(rng):
    fixed = ['<p>a<b>b</b></p><style>x</style>c&amp;d<br>e  \n f', '<i>Title</i> of <span style="color:red">x</span>',
             '<script>alert(1)</script>t', 'a &copy b &copy; c &amp d &#x80; &#0; &#x110000; &ampx &notit;',
             '<a href="x">y</a>', 'clean&copy', '<span title="&copy=x &copyx">y</span>', '<b>unclosed',
             '<div><p>x</div>', '<textarea>a<b>c</textarea>', '<!-- c -->x', '<![CDATA[x]]>', '<meta itemprop=a content=b>',
             '<span/>x', '<li/>', '<br/>', '<img src=x onerror=y>', '<math><mi>x</mi></math>', '<sup>2</sup>&nbsp;x']
    tokens = TAG_TOKENS + ENTITY_TOKENS + ['<b>', '</b>', '<i>', '</i>', 'x', ' ', '<style>', '</style>']
    out = []
    for fn in ('strip', 'removeSome'):
        out += [{'fn': fn, 'in': s} for s in fixed]
        out += [{'fn': fn, 'in': soup(rng, tokens, 1, 16)} for _ in range(350)]
    return out


GROUPS = {
    'html-functions': cases_html_functions,
    'tidy': cases_tidy,
    'entities': cases_entities,
    'css': cases_css,
    'attributes': cases_attrs,
    'ids': cases_ids,
    'text': cases_text,
    'remove-tags': cases_remove,
}


def run_oracle(state, requests):
    script = os.path.join(HERE, 'sanitizer-oracle.php')
    cmd = ['bash', '-c', f'. {COMMON}; mw_maint {script}']
    env = dict(os.environ, ORACLE_STATE=state)
    data = ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in requests)
    res = subprocess.run(cmd, input=data.encode('utf-8'), capture_output=True, env=env, check=True)
    lines = res.stdout.decode('utf-8').splitlines()
    if len(lines) != len(requests):
        sys.exit(f'oracle answered {len(lines)} of {len(requests)} requests: {res.stderr.decode()[:2000]}')
    return [json.loads(line) for line in lines]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--state', default='/var/lib/athenaeum-oracle-fat')
    ap.add_argument('--only', default='')
    args = ap.parse_args()
    only = set(filter(None, args.only.split(',')))
    os.makedirs(OUT, exist_ok=True)
    for name, make in GROUPS.items():
        if only and name not in only:
            continue
        rng = random.Random(f'athenaeum-{name}')
        requests = make(rng)
        answers = run_oracle(args.state, requests)
        path = os.path.join(OUT, f'{name}.jsonl')
        with open(path, 'w', encoding='utf-8') as f:
            for a in answers:
                f.write(json.dumps(a, ensure_ascii=False) + '\n')
        print(f'{name}: {len(answers)} cases -> {os.path.relpath(path)}')


if __name__ == '__main__':
    main()
