#!/usr/bin/env python3
"""Fills the expected HTML of spec examples from a MediaWiki 1.39 oracle wiki.

    python3 oracle-fill.py Cite.md [--only-empty]

Each ``example`` block is rendered by ../shared/tools/mediawiki-oracle/render.sh in the wiki named
by its ``oracle=`` word (en: /var/lib/athenaeum-oracle-en, default; demo: /var/lib/athenaeum-demo-oracle;
fat: /var/lib/athenaeum-oracle-fat; cite: /var/lib/athenaeum-oracle-cite, a wiki with SyntaxHighlight
and Math loaded; none: not rendered, the expectation is written by hand) as the page ``title=`` (default "Scratch"), and the output replaces
the part after the "." line. ``page`` blocks are not written to the wiki: an example that needs
pages must use a wiki that already has them (the demo wiki has the MediaWiki:Cite… messages).
"""
import os
import subprocess
import sys
import tempfile

FENCE = '`' * 32
HERE = os.path.dirname(os.path.abspath(__file__))
RENDER = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'shared', 'tools', 'mediawiki-oracle', 'render.sh'))
WIKIS = {'en': '/var/lib/athenaeum-oracle-en', 'demo': '/var/lib/athenaeum-demo-oracle', 'fat': '/var/lib/athenaeum-oracle-fat',
         # MediaWiki 1.39 with SyntaxHighlight (no Pygments) and Math loaded: see docs/extensions.md
         'cite': '/var/lib/athenaeum-oracle-cite'}


def render(wikitext, wiki, title):
    with tempfile.NamedTemporaryFile('w', suffix='.wikitext', delete=False, encoding='utf-8') as f:
        f.write(wikitext)
        path = f.name
    try:
        env = dict(os.environ, ORACLE_STATE=WIKIS[wiki])
        out = subprocess.run([RENDER, path, title], env=env, capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(path)
    return out.rstrip()


def main():
    name = sys.argv[1]
    only_empty = '--only-empty' in sys.argv
    path = os.path.join(HERE, name)
    lines = open(path, encoding='utf-8').read().split('\n')
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        if line.startswith(FENCE) and line[32:].strip().startswith('example'):
            words = dict((w.split('=', 1) + [''])[:2] for w in line[32:].split()[1:])
            end = i + 1
            while not lines[end].startswith(FENCE):
                end += 1
            body = lines[i + 1:end]
            dot = body.index('.')
            wikitext = '\n'.join(body[:dot])
            expected = body[dot + 1:]
            # oracle=none: written by hand from the extension's code (no wiki renders it)
            if words.get('oracle') != 'none' and (not only_empty or not any(l.strip() for l in expected)):
                expected = render(wikitext, words.get('oracle', 'en'), words.get('title', 'Scratch').replace('_', ' ')).split('\n')
            out.extend(body[:dot + 1] + expected)
            out.append(lines[end])
            i = end + 1
            continue
        i += 1
    open(path, 'w', encoding='utf-8').write('\n'.join(out))


if __name__ == '__main__':
    main()
