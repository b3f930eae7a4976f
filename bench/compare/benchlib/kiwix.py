"""kiwix-serve's side of the comparison: a ZIM of the articles as MediaWiki rendered them (the same
HTML the fidelity step uses as reference), written by zimwriterfs with its full-text index, served by
kiwix-serve on a private 127.0.0.1 port."""
import html
import os
import struct
import zlib

from .common import BenchError, LocalServer, log, rm_rf, run

BOOK = 'bench'


def _png(size=48):
    """A plain size x size PNG (zimwriterfs wants an illustration)."""
    raw = b''.join(b'\x00' + b'\x33\x66\x99' * size for _ in range(size))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def path_of(title):
    """The article's path inside the ZIM: the title with '_' for spaces and '.html' (zimwriterfs takes the
    MIME type, and so whether the page goes into the full-text index, from the extension); subpages become folders."""
    return title.replace(' ', '_') + '.html'


def build(pages, html_dir, work, zim, site, log_file):
    """Writes a ZIM of pages [(title, name)] from html_dir/NAME.html. Returns the seconds zimwriterfs took."""
    src = os.path.join(work, 'zim-src')
    rm_rf(src)
    os.makedirs(src)
    with open(os.path.join(src, 'favicon.png'), 'wb') as f:
        f.write(_png())
    links = []
    written = 0
    for title, name in pages:
        path = os.path.join(html_dir, name + '.html')
        if not os.path.exists(path):
            continue
        rel = path_of(title)
        if rel.startswith('.') or '/.' in rel or rel in ('index.html', 'favicon.png') or len(rel.encode()) > 240:
            continue
        target = os.path.join(src, rel)
        if os.path.isdir(target):
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(path, encoding='utf-8') as f:
            body = f.read()
        with open(target, 'w', encoding='utf-8') as f:
            f.write(f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
                    f'<body><h1>{html.escape(title)}</h1>\n{body}\n</body></html>\n')
        links.append(f'<li><a href="{html.escape(rel)}">{html.escape(title)}</a></li>')
        written += 1
    with open(os.path.join(src, 'index.html'), 'w', encoding='utf-8') as f:
        f.write('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Index</title></head><body><ul>\n'
                + '\n'.join(links) + '\n</ul></body></html>\n')
    rm_rf(zim)
    lang = site.get('lang') or 'en'
    iso3 = {'en': 'eng', 'fat': 'fat', 'de': 'deu', 'fr': 'fra', 'ak': 'aka', 'tw': 'twi'}.get(lang, 'eng')
    seconds, _ = run(['zimwriterfs', '--threads=2', '--welcome=index.html', '--illustration=favicon.png', f'--language={iso3}',
                      f'--title={(site.get("sitename") or "Wiki")[:30]}', '--description=bench/compare',
                      '--creator=MediaWiki 1.39 renderings', '--publisher=Athenaeum bench', f'--name={BOOK}',
                      src, zim], log_file=log_file)
    if not os.path.exists(zim):
        raise BenchError(f'zimwriterfs wrote no {zim}; see {log_file}')
    log(f'ZIM of {written} pages: {os.path.getsize(zim) / 1e6:.1f} MB in {seconds:.0f} s')
    return seconds


class Kiwix(LocalServer):
    """kiwix-serve on a private port serving the benchmark's ZIM, started by us and stopped by its process id."""

    name = 'kiwix-serve'

    def __init__(self, zim, log_path):
        super().__init__(log_path)
        self.zim = zim

    def command(self, port):
        return ['kiwix-serve', '--address=127.0.0.1', f'--port={port}', self.zim]

    def article_path(self, title):
        import urllib.parse
        return f'/{BOOK}/' + urllib.parse.quote(path_of(title))   # kiwix-serve 3.3: /BOOK/PATH

    def search_path(self, query):
        import urllib.parse
        return f'/search?books.name={BOOK}&pattern={urllib.parse.quote(query)}&pageLength=10'
