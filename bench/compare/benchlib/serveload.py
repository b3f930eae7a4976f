"""The serve and search steps: wrk over a rotating set of cached article pages at 8 and 64
connections, then the same search queries against every system, with MediaWiki's results as
reference for the top-10 overlap."""
import concurrent.futures
import html as htmlmod
import json
import os
import random
import re
import statistics
import urllib.parse

from . import athenaeum, kiwix
from .common import COMPARE, BenchError, http_get, log, run

WRK_SCRIPT = os.path.join(COMPARE, 'wrk', 'rotate.lua')


def run_all(a, res, mw, library, arts, html_mw, out, site, log_file):
    titles = [p['title'] for p in arts]
    rng = random.Random(20240920)
    sample = titles if len(titles) <= 1000 else rng.sample(titles, 1000)
    systems = []
    if 'serve' in athenaeum.commands():
        ours = athenaeum.Site(library, os.path.join(out, 'athenaeum-serve.log'))
        ours.start()
        systems.append(('Athenaeum', ours, lambda t: '/wiki/' + urllib.parse.quote(t.replace(' ', '_'))))
    else:
        ours = None
        res.note('serve/search: skipped for Athenaeum: athenaeum serve not available (`athenaeum --help` has no serve)')
    mw.start()
    systems.append(('MediaWiki', mw, lambda t: '/wiki/' + urllib.parse.quote(t.replace(' ', '_'))))
    zim = os.path.join(out, 'kiwix', 'bench.zim')
    os.makedirs(os.path.dirname(zim), exist_ok=True)
    kiwix.build([(t, p) for t, p in ((p['title'], _name(p['title'])) for p in arts)], html_mw,
                os.path.dirname(zim), zim, site, log_file)
    kx = kiwix.Kiwix(zim, os.path.join(out, 'kiwix', 'kiwix-serve.log'))
    kx.start()
    systems.append(('kiwix-serve', kx, kx.article_path))
    try:
        if 'serve' in a.steps:
            serve(a, res, systems, sample, out)
        if 'search' in a.steps:
            search(a, res, systems, titles, out, ours is not None)
            search_load(a, res, systems, titles, out)
    finally:
        kx.stop()
        if ours:
            ours.stop()
        mw.stop()


def run_steps(a, res, mw, library, arts, html_mw, out, site, log_file):
    try:
        run_all(a, res, mw, library, arts, html_mw, out, site, log_file)
    except BenchError as e:
        res.note(f'serve/search: FAILED: {e}')


def _name(title):
    return urllib.parse.quote(title.replace(' ', '_'), safe='')


def serve(a, res, systems, sample, out):
    results = {}
    for name, server, path_of in systems:
        paths = [path_of(t) for t in sample]
        listing = os.path.join(out, f'paths-{name}.txt')
        with open(listing, 'w', encoding='utf-8') as f:
            f.write(''.join(p + '\n' for p in paths))
        # warm every page once (MediaWiki's parser cache, Athenaeum's render cache) and check the answers
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            statuses = list(pool.map(lambda p, base=server.base_url(): http_get(base + p, timeout=120)[0], paths))
        bad = sum(1 for st in statuses if st != 200)
        if bad:
            res.note(f'serve: {name} answered {bad} of {len(paths)} warm-up requests with a status other than 200')
        for conns in (8, 64):
            load = ' '.join(open('/proc/loadavg').read().split()[:3])
            _, text = run(['nice', '-n', '10', 'wrk', '-t', '2', '-c', str(conns), '-d', f'{a.duration}s',
                           '--timeout', '10s', '-s', WRK_SCRIPT, server.base_url(), '--', listing], check=True)
            m = re.search(r'WRKRESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+) (\d+)', text)
            if not m:
                raise BenchError(f'wrk printed no result for {name}: {text[-300:]}')
            reqs, secs, p50, p99, errs, status_errs = m.groups()
            results[(name, conns)] = (int(reqs) / float(secs), float(p50), float(p99), int(errs) + int(status_errs), load)
            log(f'serve: {name} at {conns} connections: {int(reqs) / float(secs):,.0f} req/s, p50 {p50} ms, p99 {p99} ms, '
                f'errors {errs}+{status_errs} (load {load})')
    for conns in (8, 64):
        def get(sys_name, k, conns=conns):
            r = results.get((sys_name, conns))
            return None if r is None else r[k]
        ratio = None
        if get('Athenaeum', 0) and get('MediaWiki', 0):
            ratio = get('Athenaeum', 0) / get('MediaWiki', 0)
        res.row('serve', f'requests/s at {conns} connections', get('Athenaeum', 0), get('MediaWiki', 0), get('kiwix-serve', 0), ratio)
        res.row('serve', f'p50 ms at {conns} connections', get('Athenaeum', 1), get('MediaWiki', 1), get('kiwix-serve', 1))
        res.row('serve', f'p99 ms at {conns} connections', get('Athenaeum', 2), get('MediaWiki', 2), get('kiwix-serve', 2))
    errs = {f'{k[0]}@{k[1]}': v[3] for k, v in results.items() if v[3]}
    res.note(f'serve: wrk -t 2, {a.duration} s per run, {len(sample)} titles rotating, pages warmed once first; '
             f'kiwix-serve serves MediaWiki\'s HTML of the same articles from a ZIM (zimwriterfs, full-text index); '
             f'load averages {sorted(set(v[4] for v in results.values()))}' + (f'; errors {errs}' if errs else ''))


def queries(titles, n=200):
    rng = random.Random(1)
    words = sorted({w for t in titles for w in re.findall(r'\w{4,}', t)})
    qs = rng.sample(titles, min(n // 2, len(titles)))
    qs += rng.sample(words, min(n - len(qs), len(words)))
    return qs


def search(a, res, systems, titles, out, have_ours):
    qs = queries(titles, 20 if a.smoke else 200)
    found = {}
    times = {}
    for name, server, _ in systems:
        found[name] = []
        times[name] = []
        for q in qs:
            if name == 'MediaWiki':
                url = server.base_url() + '/api.php?' + urllib.parse.urlencode(
                    {'action': 'query', 'list': 'search', 'srsearch': q, 'srlimit': 10, 'format': 'json'})
            elif name == 'kiwix-serve':
                url = server.base_url() + server.search_path(q)
            else:
                url = server.base_url() + '/search?' + urllib.parse.urlencode({'q': q})
            status, body, secs = http_get(url, timeout=60)
            times[name].append(secs * 1000)
            found[name].append(_titles(name, body.decode('utf-8', 'replace')) if status == 200 else [])
    ref = found.get('MediaWiki', [])
    for name in ('Athenaeum', 'MediaWiki', 'kiwix-serve'):
        if name not in times:
            continue
        ts = sorted(times[name])
        p50 = statistics.median(ts)
        p99 = ts[min(len(ts) - 1, int(round(0.99 * (len(ts) - 1))))]
        overlap = statistics.mean(len(set(f[:10]) & set(r[:10])) / max(1, min(10, len(r))) for f, r in zip(found[name], ref)
                                  if r) if any(ref) else None
        empty = sum(1 for f in found[name] if not f)
        res.data.setdefault('search', {})[name] = {'p50': p50, 'p99': p99, 'overlap': overlap, 'empty': empty}
    s = res.data.get('search', {})

    def g(n, k):
        return s.get(n, {}).get(k)
    res.row('search', 'p50 ms', g('Athenaeum', 'p50'), g('MediaWiki', 'p50'), g('kiwix-serve', 'p50'))
    res.row('search', 'p99 ms', g('Athenaeum', 'p99'), g('MediaWiki', 'p99'), g('kiwix-serve', 'p99'))
    res.row('search', 'top-10 overlap with MediaWiki', g('Athenaeum', 'overlap'), 1.0, g('kiwix-serve', 'overlap'))
    res.note(f'search: {len(qs)} queries ({len(qs) // 2} article titles, the rest single title words), one at a time; '
             f'queries without results: ' + ', '.join(f'{n} {v["empty"]}' for n, v in s.items()))
    with open(os.path.join(out, 'search.json'), 'w', encoding='utf-8') as f:
        json.dump({'queries': qs, 'found': found}, f, ensure_ascii=False, indent=1)


def _search_url(name, server, q):
    if name == 'MediaWiki':
        return '/index.php?' + urllib.parse.urlencode({'search': q, 'title': 'Special:Search', 'fulltext': '1'})
    if name == 'kiwix-serve':
        return server.search_path(q)
    return '/search?' + urllib.parse.urlencode({'q': q})


def fresh_queries(titles, exclude, n):
    """n two-word queries (words of different titles), none in exclude: each asked once, so no cache answers it."""
    rng = random.Random(2)
    words = sorted({w for t in titles for w in re.findall(r'\w{4,}', t)})
    seen, qs = {q.lower() for q in exclude}, []
    for _ in range(n * 20):
        if len(qs) >= n or len(words) < 2:
            break
        q = ' '.join(rng.sample(words, 2))
        if q.lower() not in seen:
            seen.add(q.lower())
            qs.append(q)
    return qs


def search_load(a, res, systems, titles, out):
    """Searches per second under wrk (8 connections), side by side: the latency step's queries again (every
    system has answered them once, so each may answer from its own cache: kiwix-serve keeps searches too), and
    queries each asked once. MediaWiki is left out: at a few searches a second its figure says nothing more."""
    repeated = queries(titles, 20 if a.smoke else 200)
    fresh = fresh_queries(titles, repeated, 2000 if a.smoke else 30000)
    results = {}
    for name, server, _ in systems:
        if name == 'MediaWiki':
            continue
        for kind, qs in (('repeated', repeated), ('new', fresh)):
            listing = os.path.join(out, f'search-{kind}-{name}.txt')
            with open(listing, 'w', encoding='utf-8') as f:
                f.write(''.join(_search_url(name, server, q) + '\n' for q in qs))
            load = ' '.join(open('/proc/loadavg').read().split()[:3])
            _, text = run(['nice', '-n', '10', 'wrk', '-t', '2', '-c', '8', '-d', f'{a.duration}s',
                           '--timeout', '10s', '-s', WRK_SCRIPT, server.base_url(), '--', listing], check=True)
            m = re.search(r'WRKRESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+) (\d+)', text)
            if not m:
                raise BenchError(f'wrk printed no result for {name} searches: {text[-300:]}')
            reqs, secs, p50, p99, errs, status_errs = m.groups()
            rate = int(reqs) / float(secs)
            results[(name, kind)] = (rate, float(p50), float(p99), int(errs) + int(status_errs), load, int(reqs) > len(qs))
            log(f'search load: {name}, {kind} queries: {rate:,.0f}/s, p50 {p50} ms, p99 {p99} ms, errors {errs}+{status_errs} (load {load})')
    for kind, label in (('repeated', 'repeated queries'), ('new', 'queries asked once')):
        ours, kx = results.get(('Athenaeum', kind)), results.get(('kiwix-serve', kind))
        ratio = f'÷ kiwix-serve {ours[0] / kx[0]:.1f}×' if ours and kx and kx[0] else None
        res.row('search', f'searches/s at 8 connections, {label}', ours and ours[0], None, kx and kx[0], ratio)
        res.row('search', f'p99 ms at 8 connections, {label}', ours and ours[2], None, kx and kx[2])
    wrapped = [f'{n} ({k})' for (n, k), v in results.items() if k == 'new' and v[5]]
    res.note(f'search load: wrk -t 2 -c 8, {a.duration} s per run; repeated: the {len(repeated)} queries of the latency step, '
             f'rotating; asked once: {len(fresh)} two-word queries of title words' +
             (f' (the list wrapped for {", ".join(wrapped)}: some answers were repeats)' if wrapped else '') +
             f'; load averages {sorted(set(v[4] for v in results.values()))}')


def _titles(name, body):
    """Result titles (with spaces) of one search answer, in order."""
    if name == 'MediaWiki':
        try:
            return [r['title'] for r in json.loads(body)['query']['search']]
        except (ValueError, KeyError, TypeError):
            return []
    if name == 'kiwix-serve':
        hrefs = [re.sub(r'^A/', '', h)[:-5] if h.endswith('.html') else re.sub(r'^A/', '', h)
                 for h in re.findall(r'<a href="/' + kiwix.BOOK + r'/([^"#?]+)"', body)]
    else:
        hrefs = re.findall(r'<h2 class="search-title"><a href="/wiki/([^"#?]+)"', body)
    seen = []
    for h in hrefs:
        t = urllib.parse.unquote(htmlmod.unescape(h)).replace('_', ' ')
        if t not in seen:
            seen.append(t)
    return seen
