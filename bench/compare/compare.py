#!/usr/bin/env python3
"""bench/compare: Athenaeum next to MediaWiki 1.39 and kiwix-serve on the same machine, the same
pages, in the same run (see bench/README.md). Started by bench/compare/run.sh and bench/render/run.sh.
"""
import argparse
import datetime
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from benchlib import athenaeum, dumpinfo, packages, score  # noqa: E402
from benchlib.common import CORPUS, REPO, BenchError, SkipBenchmark, log, machine, rm_rf  # noqa: E402
from benchlib.mediawiki import MediaWiki  # noqa: E402
from benchlib import serveload  # noqa: E402

DEFAULT_DUMP = os.path.join(CORPUS, 'dumps', 'fatwiki-20240920-pages-articles-multistream.xml.bz2')
SMOKE_DUMP = os.path.join(CORPUS, 'dumps', 'synthetic-9-pages.xml.bz2')
STEPS = ('import', 'render', 'fidelity', 'serve', 'search')


def parse_args(argv):
    p = argparse.ArgumentParser(prog='bench/compare/run.sh', description=__doc__)
    p.add_argument('dump', nargs='?', help='MediaWiki XML dump (.xml, .xml.bz2, .xml.gz); default: fatwiki')
    p.add_argument('--smoke', action='store_true', help='a few pages, a few seconds of load (CI)')
    p.add_argument('--steps', default=','.join(STEPS), help='comma-separated subset of ' + ','.join(STEPS))
    p.add_argument('--out', default=os.path.join(REPO, 'bench', 'out'), help='output folder (default bench/out)')
    p.add_argument('--articles', help='also render these *.txt articles (render step; bench/render)')
    p.add_argument('--limit', type=int, default=0, help='only the first N articles')
    p.add_argument('--duration', type=int, default=0, help='seconds of load per wrk run (default 10, smoke 2)')
    p.add_argument('--readme', action='store_true', help='append the dated results to bench/README.md')
    p.add_argument('--no-build', action='store_true', help='use the binaries already built')
    p.add_argument('--reuse', action='store_true',
                   help="keep the MediaWiki of an earlier run over the same dump (its import is then not measured); "
                        "Athenaeum's library is imported again")
    a = p.parse_args(argv)
    a.dump = os.path.abspath(a.dump or (SMOKE_DUMP if a.smoke else DEFAULT_DUMP))
    a.steps = [s.strip() for s in a.steps.split(',') if s.strip()]
    bad = [s for s in a.steps if s not in STEPS]
    if bad:
        p.error(f'unknown step(s) {", ".join(bad)}; the steps are {", ".join(STEPS)}')
    if not os.path.isfile(a.dump):
        p.error(f'no dump at {a.dump}')
    a.duration = a.duration or (2 if a.smoke else 10)
    return a


class Results:
    """Rows of the final table, and the notes under it."""

    def __init__(self):
        self.rows = []      # (step, measure, athenaeum, mediawiki, kiwix, ratio)
        self.notes = []
        self.data = {}

    def row(self, step, measure, ours, mw=None, kiwix=None, ratio=None):
        self.rows.append((step, measure, ours, mw, kiwix, ratio))

    def note(self, text):
        self.notes.append(text)
        log(text)

    def table(self):
        def fmt(v):
            if v is None:
                return '–'
            if isinstance(v, float):
                return f'{v:,.3f}' if abs(v) < 10 else f'{v:,.1f}'
            return str(v)
        lines = ['| step | measure | Athenaeum | MediaWiki 1.39 | kiwix-serve | Athenaeum ÷ MediaWiki |',
                 '|---|---|---:|---:|---:|---:|']
        for r in self.rows:
            ratio = '–' if r[5] is None else (r[5] if isinstance(r[5], str) else f'{r[5]:.2f}×')
            lines.append(f'| {r[0]} | {r[1]} | {fmt(r[2])} | {fmt(r[3])} | {fmt(r[4])} | {ratio} |')
        return '\n'.join(lines)


def main(argv=None):
    a = parse_args(argv if argv is not None else sys.argv[1:])
    kind = 'smoke' if a.smoke else 'compare'
    out = os.path.join(os.path.abspath(a.out), kind)
    os.makedirs(out, exist_ok=True)
    log_file = os.path.join(out, 'compare.log')
    open(log_file, 'w').close()
    res = Results()
    started = time.monotonic()
    try:
        packages.ensure()
    except SkipBenchmark as e:
        print(f'SKIPPED: {e}')
        return 77
    if not a.no_build:
        log('building the CLI and the render benchmark')
        athenaeum.build(log_file)

    info = dumpinfo.cached(a.dump, os.path.join(out, 'dump.json'))
    site = info['site']
    arts = dumpinfo.articles(info)
    if a.smoke:
        arts = arts[:5]
    if a.limit:
        arts = arts[:a.limit]
    pages_in_dump = len(info['pages'])
    log(f'{os.path.basename(a.dump)}: {pages_in_dump} pages, {len(arts)} articles to render')
    titles_file = os.path.join(out, 'titles.txt')
    with open(titles_file, 'w', encoding='utf-8') as f:
        f.write(''.join(p['title'] + '\n' for p in arts))

    mw = MediaWiki(os.path.join(out, 'mediawiki'), site, log_file)
    library = os.path.join(out, 'athenaeum.db')
    html_ours = os.path.join(out, 'html', 'athenaeum')
    html_mw = os.path.join(out, 'html', 'mediawiki')
    res.data['machine'] = machine()
    res.data['versions'] = packages.versions()
    res.data['dump'] = os.path.basename(a.dump)
    res.note(f'MediaWiki {res.data["versions"].get("mediawiki", "?")} on SQLite, PHP {res.data["versions"].get("php8.2-fpm", "?")}, '
             f'Scribunto engine {mw.engine}' + (' (php-luasandbox)' if mw.engine == 'luasandbox' else ' (/usr/bin/lua5.1)'))
    try:
        step_import(a, res, mw, library, pages_in_dump, log_file)
        save(a, res, started)
        if 'render' in a.steps or 'fidelity' in a.steps:
            step_render(a, res, mw, library, arts, titles_file, html_ours, html_mw, out, log_file)
            save(a, res, started)
        if 'fidelity' in a.steps:
            step_fidelity(res, arts, html_mw, html_ours, a)
            save(a, res, started)
        if 'serve' in a.steps or 'search' in a.steps:
            serveload.run_steps(a, res, mw, library, arts, html_mw, out, site, log_file)
    except BenchError as e:
        res.note(f'FAILED: {e}')
        print_results(a, res, started)
        return 1
    finally:
        mw.stop()
    print_results(a, res, started)
    return 0


def step_import(a, res, mw, library, pages, log_file):
    log('import: athenaeum import')
    ours, ours_cpu = athenaeum.import_dump(a.dump, library, log_file)
    if a.reuse and mw.page_count_file_exists():
        res.row('import', 'pages/s (dump → browsable wiki)', pages / ours, None, None, None)
        res.note(f'import: {pages} pages; Athenaeum {ours:.1f} s wall ({ours_cpu:.1f} s CPU); MediaWiki reused from an '
                 'earlier run (--reuse): its import was not measured in this run')
        return
    log(f'import: athenaeum {ours:.1f} s; MediaWiki set-up (install.php, localisation cache; not timed)')
    mw.setup()
    log('import: importDump.php --no-updates, then refreshLinks.php (timed), rebuildtextindex.php + initSiteStats.php')
    steps = mw.import_dump(a.dump)
    mw_secs = steps['importDump'] + steps['refreshLinks']
    mw_all = mw_secs + steps['rebuildtextindex'] + steps['initSiteStats']
    res.row('import', 'pages/s (dump → browsable wiki)', pages / ours, pages / mw_secs, None, mw_secs / ours)
    res.row('import', 'seconds', ours, mw_secs)
    res.note(f'import: {pages} pages; Athenaeum {ours:.1f} s wall ({ours_cpu:.1f} s CPU, library and search index as the CLI builds them); '
             f'MediaWiki importDump.php --no-updates {steps["importDump"]:.1f} s + refreshLinks.php {steps["refreshLinks"]:.1f} s'
             f' (+ rebuildtextindex.php {steps["rebuildtextindex"]:.1f} s + initSiteStats.php {steps["initSiteStats"]:.1f} s'
             f' for search = {mw_all:.1f} s)')
    res.data['import'] = {'pages': pages, 'athenaeum_s': ours, 'athenaeum_cpu_s': ours_cpu, 'mediawiki': steps}


def step_render(a, res, mw, library, arts, titles_file, html_ours, html_mw, out, log_file):
    load0 = open('/proc/loadavg').read().split()[:3]
    log('render: Athenaeum (benchrender: 1 thread, 2 threads, then a Lua-timed pass)')
    rm_rf(html_ours)
    ours = athenaeum.render(library, html_ours, os.path.join(out, 'render-athenaeum.json'), log_file,
                            titles=titles_file, articles=a.articles, threads='1,2')
    print(ours['table'])
    jobs = [(t, dumpinfo.name_of(t)) for t in (p['title'] for p in arts)]
    mw_list = [t for t, _ in jobs]
    if a.articles:
        for fn in sorted(os.listdir(a.articles)):
            if fn.endswith('.txt'):
                stem = fn[:-4]
                mw_list.append(f'{stem.replace("_", " ")}\t{stem}\t{os.path.join(os.path.abspath(a.articles), fn)}')
    log(f'render: MediaWiki RenderPages.php, 1 process, {len(mw_list)} pages cold')
    cpu0 = athenaeum.cpu_children()
    mw_wall1, rows1 = mw.render(mw_list, html_mw, 1)
    mw_cpu1 = athenaeum.cpu_children() - cpu0
    log('render: MediaWiki RenderPages.php, 2 processes')
    cpu0 = athenaeum.cpu_children()
    mw_wall2, _ = mw.render(mw_list, os.path.join(out, 'html', 'mediawiki-2p'), 2)
    mw_cpu2 = athenaeum.cpu_children() - cpu0
    load1 = open('/proc/loadavg').read().split()[:3]
    p1 = next(p for p in ours['passes'] if p['threads'] == 1 and p['name'] != 'lua-timed')
    p2 = next((p for p in ours['passes'] if p['threads'] == 2), p1)
    n = p1['pages']
    mw_parse = sum(r['ms'] for r in rows1) / 1000
    ours_parse = p1['render_seconds']
    res.row('render', 'pages/s, 1 core (sum of per-page parse times)', n / ours_parse, len(rows1) / mw_parse, None,
            (n / ours_parse) / (len(rows1) / mw_parse))
    res.row('render', 'pages/s, 1 thread/process (wall, incl. start-up)', n / p1['seconds'], len(rows1) / mw_wall1, None,
            (n / p1['seconds']) / (len(rows1) / mw_wall1))
    res.row('render', 'pages/s, 2 threads/processes (wall)', n / p2['seconds'], len(rows1) / mw_wall2, None,
            (n / p2['seconds']) / (len(rows1) / mw_wall2))
    res.row('render', 'pages per CPU second (1 thread/process)', n / p1['cpu_seconds'], len(rows1) / mw_cpu1, None,
            (n / p1['cpu_seconds']) / (len(rows1) / mw_cpu1))
    mb = p1['wikitext_bytes'] / 1e6
    res.row('render', 'MB of wikitext/s, 1 core', mb / ours_parse, sum(r['bytes'] for r in rows1) / 1e6 / mw_parse, None, None)
    lua = next((p for p in ours['passes'] if p['name'] == 'lua-timed'), None)
    mw_lua = sum(r['lua_ms'] for r in rows1) / 1000
    if lua:
        res.row('render', 'share of render time in Lua', f'{100 * lua["lua_seconds"] / lua["render_seconds"]:.0f} %',
                f'{100 * mw_lua / mw_parse:.0f} %', None, None)
    cs1 = [p for p in ours['pages'] if p['cs1']]
    if cs1:
        mw_by = {r['name']: r for r in rows1}
        mw_cs1 = [mw_by[p['name']]['ms'] for p in cs1 if p['name'] in mw_by]
        ours_cs1 = len(cs1) / (sum(p['ms'] for p in cs1) / 1000)
        mw_cs1_rate = len(mw_cs1) / (sum(mw_cs1) / 1000) if mw_cs1 else None
        res.row('render', f'pages/s of the {len(cs1)} pages using CS1 citations, 1 core', ours_cs1, mw_cs1_rate, None,
                ours_cs1 / mw_cs1_rate if mw_cs1_rate else None)
    failed_mw = sum(1 for r in rows1 if r['problem'])
    res.note(f'render: {n} pages ({mb:.1f} MB wikitext), cold (fresh process for MediaWiki, no parser cache; fresh '
             f'pipeline and page cache per pass for Athenaeum), load average {" ".join(load0)} before, '
             f'{" ".join(load1)} after; MediaWiki failed on {failed_mw}, Athenaeum on {p1["failures"]}; MediaWiki '
             f'CPU {mw_cpu1:.1f} s (1 process) / {mw_cpu2:.1f} s (2 processes), Athenaeum CPU {p1["cpu_seconds"]:.1f} s / '
             f'{p2["cpu_seconds"]:.1f} s. The engine\'s goal is 20× MediaWiki per core.')
    res.data['render'] = {'athenaeum': ours['passes'], 'mediawiki': {'wall_1p': mw_wall1, 'wall_2p': mw_wall2,
                          'cpu_1p': mw_cpu1, 'cpu_2p': mw_cpu2, 'parse_s': mw_parse, 'lua_s': mw_lua,
                                                                    'pages': len(rows1)}}
    res.data['render_table'] = ours['table']


def step_fidelity(res, arts, html_mw, html_ours, a):
    names = [dumpinfo.name_of(p['title']) for p in arts]
    if a.articles:
        names += sorted(fn[:-4] for fn in os.listdir(a.articles) if fn.endswith('.txt'))
    log(f'fidelity: {len(names)} pages, MediaWiki as reference')
    scores = score.score_dirs(html_mw, html_ours, names, jobs=os.cpu_count() or 1)
    if not scores:
        res.note('fidelity: no page has a MediaWiki rendering to compare with')
        return
    text = [s['text'] for s in scores.values()]
    res.row('fidelity', 'visible text similarity, median', statistics.median(text))
    res.row('fidelity', 'visible text similarity, 10th percentile', score.percentile(text, 10))
    res.row('fidelity', 'internal links (Jaccard), mean', statistics.mean(s['links'] for s in scores.values()))
    res.row('fidelity', 'headings equal (share of pages)', sum(1 for s in scores.values() if s['headings'] == 1) / len(scores))
    res.row('fidelity', 'references equal (share of pages)', sum(s['refs'] for s in scores.values()) / len(scores))
    worst = sorted(scores.items(), key=lambda kv: kv[1]['text'])[:20]
    res.data['fidelity_worst'] = [(n, round(s['text'], 3), round(s['links'], 3), round(s['headings'], 3), s['refs'])
                                  for n, s in worst]
    res.data['fidelity'] = {'pages': len(scores), 'median': statistics.median(text), 'p10': score.percentile(text, 10)}
    with open(os.path.join(os.path.dirname(html_mw), '..', 'fidelity.json'), 'w', encoding='utf-8') as f:
        json.dump(scores, f, indent=1, sort_keys=True)


def save(a, res, started):
    """Writes the results so far (results.md, results.json), so a long run that is stopped keeps them."""
    print_results(a, res, started, final=False)


def print_results(a, res, started, final=True):
    m = res.data.get('machine') or machine()
    head = (f'{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC · {res.data.get("dump", "")} · '
            f'{m["cores"]} cores ({m["cpu"]}), {m["ram_gb"]} GB RAM, {m["os"]} · load average at the end '
            f'{" ".join(open("/proc/loadavg").read().split()[:3])} · {time.monotonic() - started:.0f} s in all')
    text = [head, '', res.table(), '']
    text += [f'- {n}' for n in res.notes]
    if res.data.get('fidelity_worst'):
        text += ['', 'Worst 20 pages by visible-text similarity (text, links, headings, refs):', '']
        text += [f'{i + 1}. {n}: {t} / {l} / {h} / {r}' for i, (n, t, l, h, r) in enumerate(res.data['fidelity_worst'])]
    body = '\n'.join(text)
    if final:
        print(body)
    out = os.path.join(os.path.abspath(a.out), 'smoke' if a.smoke else 'compare')
    with open(os.path.join(out, 'results.md'), 'w', encoding='utf-8') as f:
        f.write(body + '\n')
    with open(os.path.join(out, 'results.json'), 'w', encoding='utf-8') as f:
        json.dump({'rows': res.rows, 'notes': res.notes, 'data': res.data}, f, indent=1, default=str)
    if a.readme and final:
        readme = os.path.join(REPO, 'bench', 'README.md')
        with open(readme, 'a', encoding='utf-8') as f:
            f.write(f'\n### Run of {head.split(" · ")[0]}\n\n{body}\n')


if __name__ == '__main__':
    sys.exit(main())
