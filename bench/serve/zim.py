"""Builds the kiwix-serve side of bench/serve (run.sh --kiwix): a ZIM of a library's articles, each page holding
the same plain text Athenaeum's search index holds for it (the library's `search_text`), with zimwriterfs's
full-text index. Both search engines then index the same words of the same articles: what is compared is the
search, not the renderer. The ZIM is kept in OUT and rebuilt only when the library's index changed (its indexed pages and revisions).

Usage: python3 bench/serve/zim.py LIBRARY.db OUT_DIR   (prints the ZIM's path)
"""
import html
import os
import sqlite3
import sys
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'compare'))
from benchlib import kiwix  # noqa: E402
from benchlib.common import BenchError, log, rm_rf  # noqa: E402

CODEC_NONE, CODEC_DEFLATE = 0, 1


def main(library, out):
    os.makedirs(out, exist_ok=True)
    zim = os.path.join(out, kiwix.BOOK + '.zim')  # kiwix-serve names the book after the file: /search?books.name=bench
    stamp_path = os.path.join(out, 'library.stamp')
    con = sqlite3.connect(f'file:{os.path.abspath(library)}?mode=ro', uri=True)
    count, last, revisions = con.execute('SELECT count(*), max(page_id), total(revision_id) FROM search_page').fetchone()
    stamp = f'{os.path.abspath(library)} {count} {last} {revisions:.0f}'
    if os.path.exists(zim) and os.path.exists(stamp_path) and open(stamp_path).read() == stamp:
        log(f'ZIM of {library} is up to date: {zim}')
        print(zim)
        return

    html_dir = os.path.join(out, 'text')
    rm_rf(html_dir)
    os.makedirs(html_dir)
    row = con.execute('SELECT site_name, language FROM site').fetchone()
    site = {'sitename': row[0], 'lang': row[1]} if row else {}
    pages = []
    rows = con.execute('SELECT p.page_id, p.title, t.codec, t.data FROM search_page p JOIN search_text t ON t.page_id = p.page_id '
                       'WHERE p.namespace = 0 AND p.redirect_title IS NULL ORDER BY p.page_id')
    for page_id, title, codec, data in rows:
        if codec == CODEC_DEFLATE:
            text = zlib.decompressobj(-15).decompress(data).decode('utf-8')  # the stream may end without its final block
        elif codec == CODEC_NONE:
            text = data.decode('utf-8')
        else:
            raise BenchError(f'{library}: page {page_id} ({title}) has its search text in codec {codec}; '
                             'this script reads Deflate and uncompressed texts only')
        name = str(page_id)
        with open(os.path.join(html_dir, name + '.html'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(f'<p>{html.escape(p)}</p>' for p in text.split('\n') if p.strip()))
        pages.append((title, name))
        if len(pages) % 20000 == 0:
            log(f'{len(pages)} article texts written')
    if not pages:
        raise BenchError(f'{library}: no indexed article text (run athenaeum import, or serve once to index it)')
    log(f'{len(pages)} article texts written; zimwriterfs (full-text index) starts')
    kiwix.build(pages, html_dir, out, zim, {'lang': site.get('lang', 'en'), 'sitename': site.get('sitename', 'Library')},
                os.path.join(out, 'zimwriterfs.log'))
    rm_rf(html_dir)
    rm_rf(os.path.join(out, 'zim-src'))
    with open(stamp_path, 'w') as f:
        f.write(stamp)
    print(zim)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    try:
        main(sys.argv[1], sys.argv[2])
    except BenchError as e:
        sys.exit(f'zim.py: {e}')
