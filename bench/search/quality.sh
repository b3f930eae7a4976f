#!/usr/bin/env bash
# Search quality benchmark (see docs/web.md, "Search quality"): the site's ranking of ~200 frequent-word
# queries (each matching more than 1,000 articles) against exact BM25 over every match, computed by FTS5
# (ORDER BY bm25 LIMIT 10): overlap@10, how often the first result is the same, milliseconds per query.
# The library is opened read-only. SEARCH_QUALITY_SHOW=word,word prints both top fives of those queries.
#
# Usage: bench/search/quality.sh LIBRARY.db [QUERIES]
set -euo pipefail
cd "$(dirname "$0")/../.."
library=${1:?usage: bench/search/quality.sh LIBRARY.db [QUERIES]}
dotnet build bench/search/Athenaeum.Bench.SearchQuality -c Release 2>&1 | grep -E " error |rror\(s\)" | sort -u || true
exec artifacts/bin/Athenaeum.Bench.SearchQuality/release/benchsearchquality --library "$library" --queries "${2:-200}"
