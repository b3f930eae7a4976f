#!/usr/bin/env python3
"""Writes cite-messages.json: the Cite messages the renderer prints, for every language that
Globalization/Data/languages.json knows, from MediaWiki 1.39's extensions/Cite/i18n/*.json.

    python3 extract-cite-messages.py [/usr/share/mediawiki/extensions/Cite/i18n]

Only keys that reach the HTML are kept (no descriptions, no VisualEditor or accessibility labels).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
I18N = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/mediawiki/extensions/Cite/i18n'
LANGUAGES = os.path.join(HERE, '..', '..', '..', 'Globalization', 'Data', 'languages.json')
SKIP = {'cite-desc', 'cite-tracking-category-cite-error-desc', 'cite_section_preview_references',
        'cite_references_link_accessibility_label', 'cite_references_link_many_accessibility_label',
        'cite_references_link_accessibility_back_label'}

english = json.load(open(os.path.join(I18N, 'en.json'), encoding='utf-8'))
keys = [k for k in english if k != '@metadata' and k not in SKIP]
known = set(json.load(open(LANGUAGES, encoding='utf-8'))['languages']) | {'en'}
out = {}
for code in sorted(known):
    path = os.path.join(I18N, code + '.json')
    if not os.path.exists(path):
        continue
    data = json.load(open(path, encoding='utf-8'))
    messages = {k: data[k] for k in keys if k in data}
    if messages:
        out[code] = messages
with open(os.path.join(HERE, 'cite-messages.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=0, sort_keys=True)
    f.write('\n')
print(len(out), 'languages')
