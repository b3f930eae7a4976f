#!/usr/bin/env python3
"""Regenerates the preprocessor golden data in TestData/Preprocessor from MediaWiki 1.39 itself.

Needs the fatwiki oracle (ORACLE_STATE=/var/lib/athenaeum-oracle-fat, see ../shared/tools/README.md)
and root (the oracle's maintenance scripts run as www-data). Usage, from the repository root:

    python3 tests/Athenaeum.Wikitext.Tests/Parsing/Preprocessor/Oracle/generate.py trees
    python3 tests/Athenaeum.Wikitext.Tests/Parsing/Preprocessor/Oracle/generate.py expansions

trees:      ppdump.php (Preprocessor_Hash trees) over the parser-test inputs and the fatwiki pages
expansions: ppexpand.php (Parser::preprocess, as Special:ExpandTemplates, with the expansion counters)
            over every fatwiki article and a call of every fatwiki template
Only hashes of corpus texts are written, never the texts themselves.
"""
import bz2, hashlib, json, os, re, subprocess, sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..', '..'))
CORPUS = os.path.join(ROOT, '..', 'shared', 'corpus')
TOOLS = os.path.join(ROOT, '..', 'shared', 'tools', 'mediawiki-oracle')
DATA = os.path.join(ROOT, 'tests', 'Athenaeum.Wikitext.Tests', 'TestData', 'Preprocessor')
FILES = ['parserTests.txt', 'citeParserTests.txt', 'funcsParserTests.txt', 'poemParserTests.txt', 'stringFunctionTests.txt']
FAT = os.path.join(CORPUS, 'dumps', 'fatwiki-20240920-pages-articles-multistream.xml.bz2')


def h(s):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()[:16]


def parser_test_inputs(path):
    cur, buf = None, []
    for line in open(path, encoding='utf-8').read().split('\n'):
        m = re.match(r'^!!\s*(\S+)', line)
        if m:
            if cur in ('wikitext', 'text'):
                yield '\n'.join(buf)
            cur, buf = m.group(1).lower(), []
        else:
            buf.append(line)


def fat_pages():
    """(title, ns, is_redirect, text) of every page of the fatwiki dump."""
    with bz2.open(FAT) as f:
        title = ns = None
        redirect = False
        for _, el in ET.iterparse(f):
            tag = el.tag.split('}')[1]
            if tag == 'title':
                title = el.text
            elif tag == 'ns':
                ns = el.text
            elif tag == 'redirect':
                redirect = True
            elif tag == 'text':
                yield title, ns, redirect, el.text or ''
            elif tag == 'page':
                el.clear()
                redirect = False


def run(script, inputs):
    out = []
    env = {'ORACLE_STATE': '/var/lib/athenaeum-oracle-fat', 'PATH': '/usr/bin:/bin:/usr/sbin:/sbin'}
    for k in range(0, len(inputs), 300):
        p = subprocess.run(['bash', '-c', '. "%s/common.sh"; mw_maint "%s"' % (TOOLS, os.path.join(HERE, script))],
                           input=json.dumps(inputs[k:k + 300]).encode(), capture_output=True, env=env)
        if p.returncode != 0:
            sys.exit(p.stderr.decode()[:3000])
        result = json.loads(p.stdout)
        out += result['dumps'] if isinstance(result, dict) else result
    return out


def trees():
    seen, inputs = set(), []
    for name in FILES:
        for t in parser_test_inputs(os.path.join(CORPUS, 'parser-tests', name)):
            for incl in ([False, True] if 'include' in t else [False]):
                if (t, incl) not in seen:
                    seen.add((t, incl))
                    inputs.append({'text': t, 'incl': incl})
    dumps = run('ppdump.php', inputs)
    with open(os.path.join(DATA, 'parser-test-trees.tsv'), 'w', encoding='utf-8') as o:
        for i, d in zip(inputs, dumps):
            o.write('%s\t%d\t%s\n' % (h(i['text']), i['incl'], d))
    seen, inputs = set(), []
    for _, _, _, t in fat_pages():
        for incl in (False, True):
            if (t, incl) not in seen:
                seen.add((t, incl))
                inputs.append({'text': t, 'incl': incl})
    dumps = run('ppdump.php', inputs)
    with open(os.path.join(DATA, 'fatwiki-tree-hashes.tsv'), 'w', encoding='utf-8') as o:
        for i, d in zip(inputs, dumps):
            o.write('%s\t%d\t%s\n' % (h(i['text']), i['incl'], h(d)))


def expansions():
    inputs = []
    for title, ns, redirect, text in fat_pages():
        if redirect:
            continue
        if ns == '0':
            inputs.append({'title': title, 'text': text})
        elif ns == '10':
            inputs.append({'title': 'Test', 'text': '{{' + title + '|a|b|1=x|name=n|title=t}}'})
    results = run('ppexpand.php', inputs)
    with open(os.path.join(DATA, 'fatwiki-expansions.tsv'), 'w', encoding='utf-8') as o:
        for i, r in zip(inputs, results):
            if 'scribunto-error' in r['text']:
                continue  # Lua modules: the Scribunto branch's business
            o.write('%s\t%s\t%d\t%d\t%d\t%d\n' % (h(i['title'] + '\n' + i['text']), h(r['text']), r['visited'], r['postexpand'], r['arg'], r['depth']))


if __name__ == '__main__':
    {'trees': trees, 'expansions': expansions}[sys.argv[1]]()
