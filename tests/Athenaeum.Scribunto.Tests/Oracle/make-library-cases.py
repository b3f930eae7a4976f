#!/usr/bin/env python3
"""Writes TestData/library-cases.tsv: each Lua expression of library-cases.txt with the value the
oracle MediaWiki (Scribunto, luasandbox) gives for it. Run as root on a machine with the oracle:
    python3 make-library-cases.py [--wiki en]
The harness below is the same one LibraryCaseTests runs inside Athenaeum's sandbox."""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'TestData')
HARNESS = os.path.join(HERE, '..', 'TestData', 'library-harness.lua')

def load_cases():
    cases = []
    with open(os.path.join(DATA, 'library-cases.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.strip() and not line.lstrip().startswith('--'):
                cases.append(line)
    return cases

def run(cases, wiki):
    harness = open(HARNESS, encoding='utf-8').read()
    body = harness + '\nreturn run({\n' + ''.join('function () return %s end,\n' % c for c in cases) + '})\n'
    with tempfile.NamedTemporaryFile('w', suffix='.lua', delete=False, dir='/tmp', encoding='utf-8') as t:
        t.write('=(function()\n' + body + '\nend)()\n')
        path = t.name
    os.chmod(path, 0o644)
    env = dict(os.environ, ORACLE_STATE='/var/lib/athenaeum-oracle-' + wiki)
    script = ('. /work/shared/tools/mediawiki-oracle/common.sh; mw_maint ' + os.path.join(HERE, 'scribunto-render.php')
              + ' --text ' + path + ' --title Sandbox --console')
    out = subprocess.run(['bash', '-c', script], env=env, capture_output=True, text=True).stdout
    os.unlink(path)
    result = json.loads(out.strip().splitlines()[-1])
    if 'return' not in result:
        sys.exit('oracle failed: ' + json.dumps(result))
    return result['return'].split('\x1e')

def escape(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')

def main():
    wiki = sys.argv[sys.argv.index('--wiki') + 1] if '--wiki' in sys.argv else 'en'
    cases = load_cases()
    values = run(cases, wiki)
    assert len(values) == len(cases), (len(values), len(cases))
    with open(os.path.join(DATA, 'library-cases.tsv'), 'w', encoding='utf-8') as f:
        f.write('# Lua expression -> mw.allToString of its values in the %s oracle wiki (Scribunto 1.39, luasandbox).\n' % wiki)
        f.write('# Made by Oracle/make-library-cases.py from library-cases.txt; errors are "ERROR: message" without position.\n')
        for c, v in zip(cases, values):
            f.write(escape(c) + '\t' + escape(v) + '\n')
    print('%d cases' % len(cases))

main()
