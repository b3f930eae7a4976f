"""Fidelity scorer of the comparison: how close one rendering of a page is to a reference rendering
(MediaWiki's). Standard library only. Per page:

  text      similarity of the visible text: word tokens (\\w+ runs, case kept) of everything a reader
            sees (no <script>/<style>, table of contents, edit links, display:none elements,
            <templatestyles> tags printed as text), difflib's ratio over the token sequences
  links     Jaccard index of the sets of internal link targets (/wiki/T, ?title=T, ./T all are T)
  headings  difflib ratio of the sequences of h1-h6 texts
  refs      1 when the numbers of reference list items and of reference markers both agree, else 0

A page whose candidate file is missing, empty or has a NAME.err beside it scores 0 everywhere.
"""
import difflib
import html.parser
import os
import re
import urllib.parse

VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
HIDDEN_TAGS = {'script', 'style', 'template', 'noscript'}
TOKEN = re.compile(r'\w+', re.UNICODE)
TEMPLATESTYLES_TEXT = re.compile(r'<templatestyles[^>]*>', re.IGNORECASE)


class _Extractor(html.parser.HTMLParser):
    """One pass over the HTML: visible text, links, headings, reference items and markers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, hidden)
        self.text = []
        self.links = set()
        self.headings = []
        self._heading = None
        self.ref_items = 0
        self.ref_markers = 0
        self._in_references = []

    def _hidden(self):
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get('class') or '').split()
        style = (a.get('style') or '').replace(' ', '').lower()
        hidden = (self._hidden() or tag in HIDDEN_TAGS or a.get('id') == 'toc' or 'toc' in cls
                  or 'mw-toc' in cls or 'mw-editsection' in cls or 'display:none' in style)
        if tag == 'a' and not hidden:
            target = link_target(a.get('href') or '')
            if target:
                self.links.add(target)
        if tag == 'ol' and 'references' in cls:
            self._in_references.append(len(self.stack))
        if tag == 'li' and self._in_references and self._in_references[-1] == len(self.stack) - 1:
            self.ref_items += 1
        if tag == 'sup' and 'reference' in cls:
            self.ref_markers += 1
        if re.fullmatch(r'h[1-6]', tag) and not hidden:
            self._heading = []
        if tag not in VOID:
            self.stack.append((tag, hidden))
        if tag in ('br', 'p', 'div', 'li', 'tr', 'td', 'th') and not hidden:
            self.text.append(' ')

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        # close up to the matching element (tolerates unclosed children)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        else:
            return
        if self._in_references and self._in_references[-1] >= len(self.stack) and tag == 'ol':
            self._in_references.pop()
        if re.fullmatch(r'h[1-6]', tag) and self._heading is not None:
            self.headings.append(' '.join(TOKEN.findall(''.join(self._heading))))
            self._heading = None
        self.text.append(' ')

    def handle_data(self, data):
        if self._hidden():
            return
        self.text.append(data)
        if self._heading is not None:
            self._heading.append(data)


def link_target(href):
    """The page an internal link points to (spaces as '_', no fragment), or None."""
    if not href or href.startswith('#'):
        return None
    parts = urllib.parse.urlsplit(href)
    if parts.scheme in ('http', 'https') or parts.netloc or href.startswith('//'):
        return None
    path = parts.path
    if path.startswith('/wiki/'):
        title = path[len('/wiki/'):]
    elif path.startswith('./'):
        title = path[2:]
    else:
        q = urllib.parse.parse_qs(parts.query)
        if 'title' not in q:
            return None
        title = q['title'][0]
    title = urllib.parse.unquote(title).replace(' ', '_')
    return title or None


def features(text):
    text = TEMPLATESTYLES_TEXT.sub(' ', text.replace('&lt;templatestyles', '<templatestyles'))
    p = _Extractor()
    p.feed(text)
    p.close()
    return {'tokens': TOKEN.findall(''.join(p.text)), 'links': p.links, 'headings': p.headings,
            'ref_items': p.ref_items, 'ref_markers': p.ref_markers}


def ratio(a, b):
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() if len(a) + len(b) < 40000 \
        else difflib.SequenceMatcher(None, a, b).ratio()


def jaccard(a, b):
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def read(path):
    if not os.path.exists(path) or os.path.exists(path[:-5] + '.err'):
        return None
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    return text if text.strip() else None


def score_page(args):
    """(name, scores) of one page: reference file vs candidate file."""
    name, ref_path, cand_path = args
    ref = read(ref_path)
    cand = read(cand_path)
    if ref is None:
        return name, None
    if cand is None:
        return name, {'text': 0.0, 'links': 0.0, 'headings': 0.0, 'refs': 0, 'missing': True}
    r = features(ref)
    c = features(cand)
    return name, {
        'text': ratio(r['tokens'], c['tokens']),
        'links': jaccard(r['links'], c['links']),
        'headings': ratio(r['headings'], c['headings']),
        'refs': int(r['ref_items'] == c['ref_items'] and r['ref_markers'] == c['ref_markers']),
        'missing': False,
    }


def percentile(values, p):
    """The p-th percentile (0-100) by linear interpolation; None for no values."""
    if not values:
        return None
    xs = sorted(values)
    k = (len(xs) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def score_dirs(ref_dir, cand_dir, names, jobs=2):
    """Scores of every name with a reference rendering; {name: scores}."""
    import multiprocessing
    work = [(n, os.path.join(ref_dir, n + '.html'), os.path.join(cand_dir, n + '.html')) for n in names]
    if jobs > 1 and len(work) > 20:
        with multiprocessing.Pool(jobs) as pool:
            results = pool.map(score_page, work, chunksize=8)
    else:
        results = [score_page(w) for w in work]
    return {n: s for n, s in results if s is not None}


def main(argv=None):
    """python3 bench/compare/benchlib/score.py REF_DIR CAND_DIR: scores every REF_DIR/NAME.html."""
    import statistics
    import sys
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2:
        print('usage: score.py REF_DIR CAND_DIR', file=sys.stderr)
        return 2
    ref, cand = args
    names = sorted(fn[:-5] for fn in os.listdir(ref) if fn.endswith('.html'))
    scores = score_dirs(ref, cand, names, jobs=os.cpu_count() or 1)
    text = [s['text'] for s in scores.values()]
    print(f'{len(scores)} pages ({sum(1 for s in scores.values() if s["missing"])} missing): text median '
          f'{statistics.median(text):.3f}, 10th percentile {percentile(text, 10):.3f}; links mean '
          f'{statistics.mean(s["links"] for s in scores.values()):.3f}; headings equal '
          f'{sum(1 for s in scores.values() if s["headings"] == 1) / len(scores):.1%}; refs equal '
          f'{sum(s["refs"] for s in scores.values()) / len(scores):.1%}')
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
