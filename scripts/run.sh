#!/usr/bin/env bash
# The main job, from a fresh Debian 12 machine: installs what is missing, builds, imports the bundled
# demo library (demo/athenaeum-demo.xml) into data/demo.db, prints what it holds, renders one article to
# data/demo-article.html, and serves the library at http://127.0.0.1:8080 (Ctrl+C stops it).
#
# Usage: scripts/run.sh [DUMP]        import DUMP instead of the demo (any .xml, .xml.bz2, multistream .bz2)
# Environment: ATHENAEUM_ARTICLE (the article rendered to a file, default "The Salt Orchard"),
#              ATHENAEUM_URLS (default http://127.0.0.1:8080), ATHENAEUM_LIBRARY (default data/demo.db,
#              or data/library.db when a DUMP is given).
set -euo pipefail
cd "$(dirname "$0")/.."

dump=${1:-demo/athenaeum-demo.xml}
default_library=data/demo.db
[ $# -gt 0 ] && default_library=data/library.db
library=${ATHENAEUM_LIBRARY:-$default_library}
urls=${ATHENAEUM_URLS:-http://127.0.0.1:8080}

scripts/setup.sh
echo "run: building (Release)"
dotnet build src/Athenaeum.Cli -c Release --no-restore -nologo -clp:ErrorsOnly -v q
athenaeum=artifacts/bin/Athenaeum.Cli/release/athenaeum

# Importing is idempotent: a second run changes nothing and finishes an interrupted import.
"$athenaeum" import "$dump" --library "$library"
"$athenaeum" info --library "$library"

# The commands this build has (read once: grep -q on a pipe could cut the writer off under pipefail).
commands=$("$athenaeum" --help)

# One article rendered to a file, so the engine's output can be looked at without the site.
if grep -q '^  render' <<< "$commands"; then
  article=${ATHENAEUM_ARTICLE:-The Salt Orchard}
  if "$athenaeum" render "$article" --library "$library" > data/demo-article.html 2>/dev/null; then
    echo "run: rendered \"$article\" to data/demo-article.html"
  fi
fi

if grep -q '^  serve' <<< "$commands"; then
  echo "run: serving $library at $urls (Ctrl+C stops)"
  exec "$athenaeum" serve --library "$library" --urls "$urls"
fi
echo "run: this build has no 'serve' command; the library is ready at $library"
