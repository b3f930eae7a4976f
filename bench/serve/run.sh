#!/usr/bin/env bash
# Serve benchmark (see bench/README.md): starts `athenaeum serve` on a private 127.0.0.1 port over a
# library, requests every path of three rotating sets once (up to 1,000 articles, 1,000 searches for
# words of their titles, 1,000 suggestions: render cache and response cache warm), then runs wrk
# (2 threads, 8 and 64 connections) against each set, and against searches asked once each
# ("search-new": queries the cache has never seen, up to ~100,000 of them), and prints requests/s,
# p50 and p99. Goals (issue 5): articles p99 < 10 ms at 8 connections and 2x kiwix-serve's
# requests/s (measured side by side by bench/compare/run.sh); search p99 < 50 ms on a
# 100,000-article library; suggestions p99 < 20 ms.
#
# With --kiwix, the search rows are also run against kiwix-serve (Debian kiwix-tools) serving a ZIM of the same
# articles' plain text (bench/serve/zim.py: the text Athenaeum's index holds, indexed by zimwriterfs), the same
# query lists, in the same run: side by side on the same library. wrk waits up to 30 s for an answer (its default,
# 2 s, counted most of kiwix-serve's searches on a big library as errors rather than as slow answers).
#
# Usage: bench/serve/run.sh [--kiwix] [LIBRARY]   (default: bench/out/import/library-2000.db, 149,490 articles,
#                                                  made by bench/import/run.sh 2000)
# Environment: SECONDS_PER_RUN (default 10).
set -euo pipefail
cd "$(dirname "$0")/../.."

kiwix=0
if [ "${1:-}" = --kiwix ]; then kiwix=1; shift; fi
library=${1:-bench/out/import/library-2000.db}
seconds=${SECONDS_PER_RUN:-10}
out=bench/out/serve
[ -f "$library" ] || { echo "serve bench: no library at $library (run bench/import/run.sh 2000, or pass one)" >&2; exit 1; }
tools="wrk sqlite3 curl python3"
[ "$kiwix" = 1 ] && tools="$tools kiwix-serve zimwriterfs"
for tool in $tools; do
  command -v "$tool" >/dev/null || { echo "serve bench: $tool is required (apt-get install wrk sqlite3 curl python3 kiwix-tools zim-tools)" >&2; exit 1; }
done
mkdir -p "$out"
dotnet build src/Athenaeum.Cli -c Release -nologo -clp:ErrorsOnly -v q >/dev/null
cli=artifacts/bin/Athenaeum.Cli/release/athenaeum
rotate=bench/compare/wrk/rotate.lua

# Paths: 1,000 articles (not redirects) spread over the library, searches for words of their titles,
# suggestions for their first three letters. URL-encoded as the site links them.
python3 - "$library" "$out" <<'PY'
import sqlite3, sys, urllib.parse
db, out = sys.argv[1], sys.argv[2]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
n = con.execute("select count(*) from page where namespace=0 and redirect_title is null and is_removed=0").fetchone()[0]
step = max(1, n // 1000)
titles = [r[0] for r in con.execute(
    "select title from (select title, row_number() over (order by id) as k from page "
    "where namespace=0 and redirect_title is null and is_removed=0) where k % ? = 0 limit 1000", (step,))]
q = lambda s: urllib.parse.quote(s, safe="")
with open(f"{out}/articles.txt", "w") as f:
    for t in titles: f.write("/wiki/" + urllib.parse.quote(t.replace(" ", "_"), safe="/:_(),'!*-.~") + "\n")
words = [w for t in titles for w in t.split() if len(w) > 3 and w.isalpha()]
with open(f"{out}/search.txt", "w") as f:
    for i, w in enumerate(words[:1000]): f.write("/search?q=" + q(w if i % 2 else " ".join(words[i:i+2])) + "\n")
with open(f"{out}/suggest.txt", "w") as f:
    for t in titles: f.write("/suggest?q=" + q(t[:3]) + "\n")
# Queries asked once each (the cache cannot answer them): words of up to 80,000 other titles, the same
# one-word/two-word mix, none of the rotation's, split in two halves for the two connection counts.
rotation = {l.lower() for l in open(f"{out}/search.txt")}
others = [r[0] for r in con.execute(
    "select title from page where namespace=0 and redirect_title is null and is_removed=0 and id % 7 = 3 limit 80000")]
more = [w for t in others for w in t.split() if len(w) > 3 and w.isalpha()]
fresh, seen = [], set()
for i, w in enumerate(more):
    line = "/search?q=" + q(w if i % 2 else " ".join(more[i:i+2])) + "\n"
    if line.lower() not in seen and line.lower() not in rotation:
        seen.add(line.lower()); fresh.append(line)
half = len(fresh) // 2
for name, part in (("new-8", fresh[:half]), ("new-64", fresh[half:])):
    with open(f"{out}/search-{name}.txt", "w") as f: f.writelines(part)
print(f"{n} articles in the library; {len(titles)} titles in the rotation; {len(fresh)} queries asked once")
PY

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
Athenaeum__SynchronizeSearchOnStart=false "$cli" serve --library "$library" --urls "$base" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/healthz" >/dev/null || { echo "serve bench: the server did not start (see $out/serve.log)" >&2; exit 1; }

echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
echo "library: $library"
# Warm-up: every path of the three rotations once (articles rendered, search results and suggestions made
# and kept, the library's pages in the OS cache), four at a time.
for what in articles search suggest; do
  start=$(date +%s.%N)
  sed "s|^|url = \"$base|; s|\$|\"\noutput = /dev/null|" "$out/$what.txt" > "$out/$what.curl"
  curl -s --no-progress-meter --parallel --parallel-max 4 -K "$out/$what.curl" 2>/dev/null || true
  echo "warm-up: $(wc -l < "$out/$what.txt") $what paths asked once in $(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')") s"
done
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# One row: wrk over a list of paths (rotate.lua), printed as requests/s, p50, p99 and errors.
row() {
  local line requests secs p50 p99 sockerr non2xx
  line=$(wrk -t 2 -c "$2" -d "${seconds}s" --timeout 30s -H 'Accept-Encoding: gzip' -s "$rotate" "$3" -- "$4" | grep '^WRKRESULT')
  read -r _ requests secs p50 p99 sockerr non2xx <<< "$line"
  awk -v w="$1" -v c="$2" -v r="$requests" -v s="$secs" -v p50="$p50" -v p99="$p99" -v e="$((sockerr + non2xx))" \
    'BEGIN { printf "%-16s %5d %10.0f %9.2f %9.2f %7d\n", w, c, r/s, p50, p99, e }'
}

printf '%-16s %5s %10s %9s %9s %7s\n' "what" "conns" "requests/s" "p50 ms" "p99 ms" "errors"
for what in articles search search-new suggest; do
  for conns in 8 64; do
    list=$out/$what.txt
    [ "$what" = search-new ] && list=$out/search-new-$conns.txt
    row "$what" "$conns" "$base" "$list"
  done
done

if [ "$kiwix" = 1 ]; then
  kill $server 2>/dev/null; wait $server 2>/dev/null || true
  zim=$(python3 bench/serve/zim.py "$library" "$out/kiwix" | tail -n 1)
  kport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  kiwix-serve --address=127.0.0.1 --port="$kport" "$zim" > "$out/kiwix-serve.log" 2>&1 &
  server=$!
  kbase=http://127.0.0.1:$kport
  for _ in $(seq 1 120); do curl -fs "$kbase/" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fs "$kbase/" >/dev/null || { echo "serve bench: kiwix-serve did not start (see $out/kiwix-serve.log)" >&2; exit 1; }
  # The same queries in kiwix-serve's search URL, 20 results a page as Athenaeum's.
  for list in search search-new-8 search-new-64; do
    sed 's|^/search?q=|/search?books.name=bench\&pageLength=20\&pattern=|' "$out/$list.txt" > "$out/kiwix-$list.txt"
  done
  sed "s|^|url = \"$kbase|; s|\$|\"\noutput = /dev/null|" "$out/kiwix-search.txt" > "$out/kiwix-search.curl"
  curl -s --no-progress-meter --parallel --parallel-max 4 -K "$out/kiwix-search.curl" 2>/dev/null || true
  for what in search search-new; do
    for conns in 8 64; do
      # kiwix-serve goes on answering the previous run's queued searches after wrk stops (seconds of them on a big
      # library): one search through the queue first, so each run starts with the server idle.
      curl -s -o /dev/null --max-time 300 "$kbase/search?books.name=bench&pageLength=20&pattern=idle" || true
      list=$out/kiwix-$what.txt
      [ "$what" = search-new ] && list=$out/kiwix-search-new-$conns.txt
      row "kiwix $what" "$conns" "$kbase" "$list"
    done
  done
fi

echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
