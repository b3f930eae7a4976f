#!/usr/bin/env bash
# Render benchmark (see bench/README.md): every article of a dump (templates and modules from the same
# dump) plus the real articles of ../shared/corpus/articles, rendered by Athenaeum on one thread and on
# two (pages/s, MB/s of wikitext, CPU time, share of time in Lua, pages/s of pages using CS1 citations)
# and, in the same run, by MediaWiki 1.39's parser (one PHP process, then two), with the ratio.
#
# Usage: bench/render/run.sh [DUMP]     (default: the fatwiki dump)
# Without MediaWiki (not Debian/root), run the Athenaeum side alone:
#   athenaeum import DUMP --library L.db && benchrender --library L.db --articles ../shared/corpus/articles
set -euo pipefail
cd "$(dirname "$0")/../.."
dump=${1:-../shared/corpus/dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2}
exec nice -n 10 python3 bench/compare/compare.py "$dump" --steps import,render --articles ../shared/corpus/articles \
  --out bench/out/render-run
