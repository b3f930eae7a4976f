#!/usr/bin/env python3
"""Writes templatestyles-messages.json: TemplateStyles' English messages (templatestyles-messages.en.json)
and core's content model names (content-model-*) in every language of languages.json.

    python3 build-messages.py [/usr/share/mediawiki/languages/i18n]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
I18N = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/mediawiki/languages/i18n'
LANGUAGES = os.path.join(HERE, '..', '..', '..', 'Globalization', 'Data', 'languages.json')
english = {k: v for k, v in json.load(open(os.path.join(HERE, 'templatestyles-messages.en.json'), encoding='utf-8')).items() if not k.startswith('@')}
out = {}
for code in sorted(set(json.load(open(LANGUAGES, encoding='utf-8'))['languages']) | {'en'}):
    path = os.path.join(I18N, code + '.json')
    if not os.path.exists(path):
        continue
    data = json.load(open(path, encoding='utf-8'))
    messages = {k: v for k, v in data.items() if k.startswith('content-model-')}
    if code == 'en':
        messages.update(english)
    if messages:
        out[code] = messages
with open(os.path.join(HERE, 'templatestyles-messages.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=0, sort_keys=True)
    f.write('\n')
print(len(out), 'languages')
