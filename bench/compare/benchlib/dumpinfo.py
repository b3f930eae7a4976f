"""What the benchmark needs to know about a dump, read with the standard library in one pass:
the <siteinfo> (site name, database name, language, base URL, case rule, namespaces) and the
list of pages (id, namespace, title, redirect or not, text size).
"""
import bz2
import gzip
import json
import os
import urllib.parse
import xml.etree.ElementTree as ET


def _open(path):
    if path.endswith('.bz2'):
        return bz2.open(path, 'rb')   # reads every stream of a multistream file
    if path.endswith('.gz'):
        return gzip.open(path, 'rb')
    return open(path, 'rb')


def _local(tag):
    return tag.rsplit('}', 1)[-1]


def read(path):
    """{'site': {...}, 'pages': [{'id', 'ns', 'title', 'redirect', 'bytes'}]} of a dump."""
    site = {'namespaces': [], 'lang': None}
    pages = []
    with _open(path) as f:
        ctx = ET.iterparse(f, events=('start', 'end'))
        root = None
        for event, el in ctx:
            tag = _local(el.tag)
            if event == 'start':
                if root is None:
                    root = el
                    site['lang'] = el.get('{http://www.w3.org/XML/1998/namespace}lang')
                    site['schema'] = el.get('version')
                continue
            if tag == 'siteinfo':
                for child in el:
                    name = _local(child.tag)
                    if name in ('sitename', 'dbname', 'base', 'generator', 'case'):
                        site[name] = child.text or ''
                    elif name == 'namespaces':
                        for ns in child:
                            site['namespaces'].append({'key': int(ns.get('key')), 'case': ns.get('case'),
                                                       'name': ns.text or ''})
                root.clear()
            elif tag == 'page':
                page = {'id': 0, 'ns': 0, 'title': '', 'redirect': None, 'bytes': 0}
                latest = None
                for child in el:
                    name = _local(child.tag)
                    if name == 'title':
                        page['title'] = child.text or ''
                    elif name == 'ns':
                        page['ns'] = int(child.text)
                    elif name == 'id':
                        page['id'] = int(child.text)
                    elif name == 'redirect':
                        page['redirect'] = child.get('title') or ''
                    elif name == 'revision':
                        latest = child
                if latest is not None:
                    for child in latest:
                        if _local(child.tag) == 'text':
                            size = child.get('bytes')
                            page['bytes'] = int(size) if size else len((child.text or '').encode())
                pages.append(page)
                root.clear()
    if not site.get('lang'):
        db = site.get('dbname', '')
        site['lang'] = db[:-4] if db.endswith('wiki') else 'en'
    base = site.get('base', '')
    site['host'] = urllib.parse.urlsplit(base).netloc or 'localhost'
    return {'site': site, 'pages': pages}


def name_of(title):
    """The file name stem of a page (the oracle's convention): title with '_' for spaces, percent-encoded
    except RFC 3986's unreserved characters (Python quote(safe=''), C# Uri.EscapeDataString, PHP rawurlencode)."""
    return urllib.parse.quote(title.replace(' ', '_'), safe='')


def articles(info):
    """Namespace-0 pages that are not redirects, in dump order."""
    return [p for p in info['pages'] if p['ns'] == 0 and p['redirect'] is None]


def cached(path, out_json):
    """read(path), kept in out_json so a re-run over the same dump skips the pass."""
    st = os.stat(path)
    key = f'{os.path.abspath(path)}:{st.st_size}:{int(st.st_mtime)}'
    if os.path.exists(out_json):
        with open(out_json, encoding='utf-8') as f:
            data = json.load(f)
        if data.get('key') == key:
            return data
    data = read(path)
    data['key'] = key
    with open(out_json, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False)
    return data
