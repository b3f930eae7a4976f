#!/usr/bin/env bash
# Runs every test: installs what is missing, builds in Release, runs all test projects.
# Usage: scripts/test.sh [extra dotnet test arguments, e.g. --filter Category!=Browser]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
dotnet build Athenaeum.slnx -c Release --no-restore -nologo -clp:ErrorsOnly
dotnet test Athenaeum.slnx -c Release --no-build -nologo \
  --logger "console;verbosity=minimal" \
  --results-directory test-results "$@"
