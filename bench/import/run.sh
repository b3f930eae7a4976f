#!/usr/bin/env bash
# Import benchmark (see bench/README.md): generates large multistream dumps from the real article texts of
# ../shared/corpus, imports each one with `athenaeum import`, and prints pages/s and MB/s of XML next to
# `lbzip2 -dc -n 2` on the same file in the same run, with CPU time and peak memory (/usr/bin/time -v), and the
# import's ceiling: `athenaeum import --decode-only` (our libbz2 decompression on all cores and the XML parser, nothing
# stored), so the report separates what libbz2 itself costs from what the rest of the pipeline costs.
# Then imports the fatwiki dump. Dumps and logs go to bench/out/import/ (kept between runs; delete to regenerate).
#
# Usage: bench/import/run.sh [SIZE_MB ...]     (default: 1000 2000)
set -euo pipefail
cd "$(dirname "$0")/../.."

out=${BENCH_OUT:-bench/out/import}
corpus=../shared/corpus
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 2000)
mkdir -p "$out"
for tool in lbzip2 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required (scripts/setup.sh installs lbzip2; time is the 'time' package)" >&2; exit 1; }
done

dotnet build src/Athenaeum.Cli -c Release -nologo -clp:ErrorsOnly -v q >/dev/null
dotnet build bench/import/DumpGenerator -c Release -nologo -clp:ErrorsOnly -v q >/dev/null
cli=artifacts/bin/Athenaeum.Cli/release/athenaeum
gen=artifacts/bin/Athenaeum.Bench.DumpGenerator/release/dumpgen

echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# Seconds and "user+sys" CPU seconds of a command, from /usr/bin/time -v output.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$1"; }
cpu() { awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u+s}' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }

printf '%-8s %7s %7s | %8s %6s %6s | %8s %6s %6s %5s | %8s %7s %6s %6s %6s %5s\n' \
  "dump" "XML MB" "pages" "lbzip2 s" "MB/s" "CPU s" "decode s" "MB/s" "CPU s" "%" "import s" "pages/s" "MB/s" "CPU s" "RSS MB" "%"
for size in "${sizes[@]}"; do
  dump="$out/benchwiki-20250101-${size}mb-pages-articles-multistream.xml.bz2"
  if [ ! -f "$dump" ]; then
    "$gen" "$dump" "$size" "$corpus" > "$out/generate-$size.log"
  fi

  /usr/bin/time -v -o "$out/lbzip2-$size.time" sh -c "lbzip2 -dc -n 2 '$dump' > /dev/null"
  xml_bytes=$(lbzip2 -dc -n 2 "$dump" | wc -c)
  /usr/bin/time -v -o "$out/decode-$size.time" "$cli" import "$dump" --decode-only > "$out/decode-$size.log"
  rm -f "$out/library-$size.db" "$out/library-$size.db-wal" "$out/library-$size.db-shm"
  /usr/bin/time -v -o "$out/import-$size.time" "$cli" import "$dump" --library "$out/library-$size.db" > "$out/import-$size.log"

  pages=$(sed -n 's/^  \([0-9,]*\) pages in .*/\1/p' "$out/import-$size.log" | tr -d ,)
  lw=$(wall "$out/lbzip2-$size.time"); dw=$(wall "$out/decode-$size.time"); iw=$(wall "$out/import-$size.time")
  awk -v name="${size}MB" -v x="$xml_bytes" -v p="$pages" -v lw="$lw" -v lc="$(cpu "$out/lbzip2-$size.time")" \
      -v dw="$dw" -v dc="$(cpu "$out/decode-$size.time")" \
      -v iw="$iw" -v ic="$(cpu "$out/import-$size.time")" -v rss="$(rss "$out/import-$size.time")" 'BEGIN {
    printf "%-8s %7.0f %7d | %8.1f %6.1f %6.1f | %8.1f %6.1f %6.1f %4.0f%% | %8.1f %7.0f %6.1f %6.1f %6s %4.0f%%\n",
      name, x/1e6, p, lw, x/1e6/lw, lc, dw, x/1e6/dw, dc, 100*lw/dw, iw, p/iw, x/1e6/iw, ic, rss, 100*lw/iw }'
done

fat=$corpus/dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2
rm -f "$out/fatwiki.db" "$out/fatwiki.db-wal" "$out/fatwiki.db-shm"
/usr/bin/time -v -o "$out/fatwiki.time" "$cli" import "$fat" --library "$out/fatwiki.db" > "$out/fatwiki.log"
echo
echo "fatwiki (3,566 pages, 13.9 MB XML): $(sed -n 's/^  \(.*pages in .*\)/\1/p' "$out/fatwiki.log"); wall $(wall "$out/fatwiki.time") s including start-up, CPU $(cpu "$out/fatwiki.time") s, peak RSS $(rss "$out/fatwiki.time") MB"
echo "decode = athenaeum import --decode-only (libbz2 on $(nproc) threads + XML parsing, nothing stored): the import's ceiling"
echo "% = MB/s of XML / lbzip2 -dc -n 2 MB/s on the same file (goal for the import: 70% or more)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
