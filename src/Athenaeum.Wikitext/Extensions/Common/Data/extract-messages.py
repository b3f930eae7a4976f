#!/usr/bin/env python3
"""Writes an extension message catalog: chosen keys of MediaWiki 1.39 i18n folders, for every language
that Globalization/Data/languages.json knows (plus English).

    python3 extract-messages.py OUT.json I18N_DIR:key1,key2,... [I18N_DIR:keys ...]

Example (what the tag extensions use, run from this folder):

    python3 extract-messages.py ../../Indicator/Data/indicator-messages.json \\
        /usr/share/mediawiki/languages/i18n:invalid-indicator-name
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = os.path.join(HERE, '..', '..', '..', 'Globalization', 'Data', 'languages.json')


def main():
    out_path = sys.argv[1]
    known = set(json.load(open(LANGUAGES, encoding='utf-8'))['languages']) | {'en'}
    out = {}
    for spec in sys.argv[2:]:
        folder, keys = spec.rsplit(':', 1)
        keys = keys.split(',')
        for code in sorted(known):
            path = os.path.join(folder, code + '.json')
            if not os.path.exists(path):
                continue
            data = json.load(open(path, encoding='utf-8'))
            messages = {k: data[k] for k in keys if k in data}
            if messages:
                out.setdefault(code, {}).update(messages)
    with open(out_path, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write('\n')
    print(len(out), 'languages')


if __name__ == '__main__':
    main()
