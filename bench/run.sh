#!/usr/bin/env bash
# Side-by-side retrieval comparison of the tutor and Orama (see bench/README.md).
# Needs Go and Node >= 20. The only network access is `npm ci` against the npm registry:
# Go runs with GOPROXY=off and GOTOOLCHAIN=local, the tutor in local mode (no model, no remote
# embeddings).
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench/.." && pwd)"
k="${K:-5}"

# No Go module, toolchain or checksum-database downloads; no remote model or embeddings.
export GOPROXY=off GOTOOLCHAIN=local GOSUMDB=off
unset OPENAI_API_KEY OPENAI_BASE_URL TUTOR_EMBED_BASE_URL TUTOR_EMBED_API_KEY TUTOR_EMBED_MODEL TUTOR_TOP_K

command -v go >/dev/null || { echo "run.sh: go not found" >&2; exit 1; }
command -v node >/dev/null || { echo "run.sh: node not found" >&2; exit 1; }
major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$major" -ge 20 ] || { echo "run.sh: Node >= 20 needed, found $(node --version)" >&2; exit 1; }

# 1. Orama, exactly as pinned in package-lock.json; no install scripts run.
(cd "$bench/orama" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

# 2. The tutor's passages, as retriever.Chunk cuts the embedded report.
work="$(mktemp -d "${TMPDIR:-/tmp}/llmtutor-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
(cd "$repo" && go run ./bench/exportchunks -out "$work/passages.jsonl") || {
	echo "run.sh: building with GOPROXY=off failed; if Go modules are not in the module cache yet, run 'go mod download' in $repo once" >&2
	exit 1
}

# 3. One table per question set.
sets=("$repo/eval/questions.jsonl")
if [ -f "$repo/../shared/eval/dev-questions.jsonl" ]; then
	sets+=("$(cd "$repo/../shared/eval" && pwd)/dev-questions.jsonl")
fi
for qs in "${sets[@]}"; do
	node "$bench/orama/compare.mjs" --repo "$repo" --passages "$work/passages.jsonl" --questions "$qs" --k "$k"
	echo
done
