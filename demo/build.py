#!/usr/bin/env python3
"""Builds demo/athenaeum-demo.xml from the page sources in demo/src/ and checks it.

    python3 demo/build.py            write athenaeum-demo.xml from src/manifest.tsv
    python3 demo/build.py --check    verify an existing export: well-formed, every page
                                     complete, every <text bytes="…" sha1="…"> right

The manifest (src/manifest.tsv, tab-separated, '#' lines are comments) lists one page a
line: page id, namespace, title, source file (relative to src/), timestamp, contributor
(a user name as "Name#id", or an IP address), edit summary.  Pages are written in page-id
order. Content model and format follow the namespace: Module pages (828) are Scribunto
Lua, except their /doc subpages, and everything else is wikitext.
Page text is stored as MediaWiki saves it: trailing whitespace removed (the pre-save
transform rtrims every revision).  bytes = UTF-8 length; sha1 = SHA-1 of the UTF-8 text
written in base 36 and left-padded with zeros to 31 characters (MediaWiki's
SlotRecord::base36Sha1).
"""
import hashlib
import os
import re
import sys
import xml.dom.minidom
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.join(HERE, 'athenaeum-demo.xml')
MAX_BYTES = 1_000_000

NAMESPACES = [
    (-2, 'Media'), (-1, 'Special'), (0, ''), (1, 'Talk'), (2, 'User'), (3, 'User talk'),
    (4, 'Athenaeum Demo'), (5, 'Athenaeum Demo talk'), (6, 'File'), (7, 'File talk'),
    (8, 'MediaWiki'), (9, 'MediaWiki talk'), (10, 'Template'), (11, 'Template talk'),
    (12, 'Help'), (13, 'Help talk'), (14, 'Category'), (15, 'Category talk'),
    (828, 'Module'), (829, 'Module talk'),
]
NS_BY_ID = dict(NAMESPACES)
DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'


def base36_sha1(text: str) -> str:
    n = int.from_bytes(hashlib.sha1(text.encode('utf-8')).digest(), 'big')
    out = ''
    while n:
        n, r = divmod(n, 36)
        out = DIGITS[r] + out
    return out.rjust(31, '0')


def fail(msg: str) -> None:
    sys.exit(f'build.py: {msg}')


def read_manifest():
    pages, ids, titles = [], set(), set()
    path = os.path.join(SRC, 'manifest.tsv')
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t')
            if len(cols) != 7:
                fail(f'{path}:{lineno}: expected 7 tab-separated columns, got {len(cols)}')
            pid, ns, title, file, ts, who, comment = cols
            pid, ns = int(pid), int(ns)
            if ns not in NS_BY_ID or ns < 0:
                fail(f'{path}:{lineno}: namespace {ns} is not one of the export\'s')
            prefix = NS_BY_ID[ns]
            if ns and not title.startswith(prefix + ':'):
                fail(f'{path}:{lineno}: title "{title}" does not start with "{prefix}:"')
            if not re.fullmatch(r'20(24|25|26)-\d\d-\d\dT\d\d:\d\d:\d\dZ', ts):
                fail(f'{path}:{lineno}: timestamp {ts} is not an ISO 8601 UTC time in 2024-2026')
            if pid in ids or title in titles:
                fail(f'{path}:{lineno}: duplicate page id {pid} or title "{title}"')
            ids.add(pid)
            titles.add(title)
            with open(os.path.join(SRC, file), encoding='utf-8') as tf:
                text = tf.read().rstrip()
            pages.append(dict(id=pid, ns=ns, title=title, text=text, ts=ts, who=who, comment=comment))
    pages.sort(key=lambda p: p['id'])
    return pages


def contributor_xml(who: str) -> str:
    if '#' in who:
        name, uid = who.rsplit('#', 1)
        return (f'      <contributor>\n        <username>{escape(name)}</username>\n'
                f'        <id>{int(uid)}</id>\n      </contributor>\n')
    return f'      <contributor>\n        <ip>{escape(who)}</ip>\n      </contributor>\n'


def build() -> None:
    pages = read_manifest()
    parts = [
        '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ '
        'http://www.mediawiki.org/xml/export-0.11.xsd" version="0.11" xml:lang="en">\n',
        '  <siteinfo>\n    <sitename>Athenaeum Demo</sitename>\n    <dbname>demowiki</dbname>\n'
        '    <base>https://demo.athenaeum.invalid/wiki/Main_Page</base>\n'
        '    <generator>MediaWiki 1.39.17</generator>\n    <case>first-letter</case>\n'
        '    <namespaces>\n',
    ]
    for key, name in NAMESPACES:
        if name:
            parts.append(f'      <namespace key="{key}" case="first-letter">{escape(name)}</namespace>\n')
        else:
            parts.append(f'      <namespace key="{key}" case="first-letter" />\n')
    parts.append('    </namespaces>\n  </siteinfo>\n')
    for p in pages:
        rev = 7000 + p['id'] * 3
        # Scribunto keeps module documentation (Module:X/doc) as wikitext.
        lua = p['ns'] == 828 and not p['title'].endswith('/doc')
        model, fmt = ('Scribunto', 'text/plain') if lua else ('wikitext', 'text/x-wiki')
        text = p['text']
        sha = base36_sha1(text)
        redirect = re.match(r'#REDIRECT\s*\[\[([^\]|#]+)', text, re.IGNORECASE)
        parts.append(f'  <page>\n    <title>{escape(p["title"])}</title>\n    <ns>{p["ns"]}</ns>\n'
                     f'    <id>{p["id"]}</id>\n')
        if redirect:
            target = redirect.group(1).strip().replace('_', ' ')
            target = target[0].upper() + target[1:]
            parts.append(f'    <redirect title="{escape(target, {chr(34): "&quot;"})}" />\n')
        parts.append(f'    <revision>\n      <id>{rev}</id>\n      <timestamp>{p["ts"]}</timestamp>\n')
        parts.append(contributor_xml(p['who']))
        if p['comment']:
            parts.append(f'      <comment>{escape(p["comment"])}</comment>\n')
        parts.append(f'      <origin>{rev}</origin>\n      <model>{model}</model>\n'
                     f'      <format>{fmt}</format>\n'
                     f'      <text bytes="{len(text.encode("utf-8"))}" sha1="{sha}" xml:space="preserve">'
                     f'{escape(text)}</text>\n      <sha1>{sha}</sha1>\n    </revision>\n  </page>\n')
    parts.append('</mediawiki>\n')
    data = ''.join(parts)
    if len(data.encode('utf-8')) > MAX_BYTES:
        fail(f'the export is {len(data.encode("utf-8"))} bytes, over the {MAX_BYTES} limit')
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(data)
    print(f'wrote {OUT}: {len(pages)} pages, {len(data.encode("utf-8"))} bytes')
    check(OUT)


def check(path: str) -> None:
    dom = xml.dom.minidom.parse(path)
    counts, bad = {}, 0
    for page in dom.getElementsByTagName('page'):
        title = page.getElementsByTagName('title')[0].firstChild.data
        ns = int(page.getElementsByTagName('ns')[0].firstChild.data)
        counts[ns] = counts.get(ns, 0) + 1
        for rev in page.getElementsByTagName('revision'):
            t = rev.getElementsByTagName('text')[0]
            text = ''.join(c.data for c in t.childNodes)
            want_bytes, want_sha = str(len(text.encode('utf-8'))), base36_sha1(text)
            sha_els = [e for e in rev.childNodes if e.nodeType == e.ELEMENT_NODE and e.tagName == 'sha1']
            got = (t.getAttribute('bytes'), t.getAttribute('sha1'),
                   sha_els[0].firstChild.data if sha_els and sha_els[0].firstChild else '')
            if got != (want_bytes, want_sha, want_sha):
                print(f'{title}: bytes="{got[0]}" sha1="{got[1]}" <sha1>{got[2]}</sha1>, '
                      f'expected {want_bytes} and {want_sha}')
                bad += 1
    summary = ', '.join(f'ns {k}: {v}' for k, v in sorted(counts.items()))
    print(f'{path}: well-formed; {sum(counts.values())} pages ({summary}); bad bytes/sha1: {bad}')
    if bad:
        sys.exit(1)


if __name__ == '__main__':
    if sys.argv[1:2] == ['--check']:
        check(sys.argv[2] if len(sys.argv) > 2 else OUT)
    else:
        build()
