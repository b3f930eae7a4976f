#!/usr/bin/env bash
# Athenaeum next to MediaWiki 1.39 and kiwix-serve: import, render, fidelity, serve, search on the same
# dump, machine and run (see bench/README.md). Needs Debian 12 and root (or sudo) to install the anchors.
#
# Usage: bench/compare/run.sh [DUMP] [--smoke] [--steps import,render,fidelity,serve,search] [--readme] [--reuse]
#   DUMP     default ../shared/corpus/dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2
#            (--smoke: ../shared/corpus/dumps/synthetic-9-pages.xml.bz2, 5 articles, 2 s of load)
#   --readme append the dated results to bench/README.md
#   --reuse  keep the MediaWiki of an earlier run over the same dump (its 30-minute import is then not re-measured)
# Exit status: 0 done, 1 a step failed, 77 skipped (a Debian package cannot be installed).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec nice -n 10 python3 bench/compare/compare.py "$@"
