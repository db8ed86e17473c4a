#!/usr/bin/env bash
# One nightly run on Kubernetes, in order:
#   1. a ConfigMap gpurisk-config-<run-id> holding nightly.json, book.csv and market.json (mounted at /config);
#   2. the results claim (pvc.yaml), if it is not there yet;
#   3. the Indexed Job of N shards (job.yaml), each writing /results/<run-id>/shard-<i>;
#   4. once every shard has completed, the merge Job (merge-job.yaml) writing /results/<run-id>/merged.
# Exits 0 when the merge completed, 1 when a Job failed or ran past --timeout.
#
# Usage: deploy/kubernetes/submit.sh [--shards N] [--image IMAGE] [--gpu] [--run-id ID] [--namespace NS]
#            [--config FILE] [--book FILE] [--market FILE] [--timeout SECONDS] [--print]
#   --gpu     one nvidia.com/gpu per shard (the NVIDIA device plugin must run in the cluster)
#   --print   print the manifests it would create, and create nothing
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shards=4
image="gpurisk:0.1.0"
gpu=0
run_id="$(date -u +%Y%m%d-%H%M%S)"
namespace=""
config="$here/nightly.json"
book="$repo/data/book.csv"
market="$repo/data/market.json"
timeout=21600
print=0

usage() { sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --shards) shards="$2"; shift 2 ;;
    --image) image="$2"; shift 2 ;;
    --gpu) gpu=1; shift ;;
    --run-id) run_id="$2"; shift 2 ;;
    --namespace) namespace="$2"; shift 2 ;;
    --config) config="$2"; shift 2 ;;
    --book) book="$2"; shift 2 ;;
    --market) market="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    --print) print=1; shift ;;
    *) usage ;;
  esac
done
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { echo "--shards must be a positive integer, not '$shards'" >&2; exit 2; }
[[ "$timeout" =~ ^[1-9][0-9]*$ ]] || { echo "--timeout is in seconds, not '$timeout'" >&2; exit 2; }
# The run id names Jobs, a ConfigMap and a folder: lowercase letters, digits and '-', short enough
# that "gpurisk-merge-<run-id>" stays a valid name.
[[ "$run_id" =~ ^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$ ]] || { echo "--run-id must be lowercase letters, digits and '-' (at most 40), not '$run_id'" >&2; exit 2; }
for f in "$config" "$book" "$market"; do [[ -f "$f" ]] || { echo "no such file: $f" >&2; exit 2; }; done

kc=(kubectl)
[[ -n "$namespace" ]] && kc+=(--namespace "$namespace")

render() {
  sed -e "s|__RUN_ID__|$run_id|g" -e "s|__SHARDS__|$shards|g" -e "s|__IMAGE__|$image|g" "$1" |
    if [[ "$gpu" -eq 1 ]]; then sed 's|# nvidia.com/gpu: 1|nvidia.com/gpu: 1|'; else cat; fi
}

configmap() {
  "${kc[@]}" create configmap "gpurisk-config-$run_id" --dry-run=client -o yaml \
    --from-file=nightly.json="$config" --from-file=book.csv="$book" --from-file=market.json="$market" |
    sed "s|^metadata:|metadata:\n  labels:\n    app.kubernetes.io/name: gpurisk\n    gpurisk/run-id: \"$run_id\"|"
}

# Waits until a Job has the condition Complete (returns 0) or Failed (returns 1), at most $timeout s.
wait_for() {
  local job="$1" deadline=$((SECONDS + timeout)) conditions
  while true; do
    conditions="$("${kc[@]}" get "job/$job" -o jsonpath='{range .status.conditions[?(@.status=="True")]}{.type}{" "}{end}')"
    case " $conditions " in
      *" Complete "*) echo "job/$job completed" >&2; return 0 ;;
      *" Failed "*) echo "job/$job failed:" >&2; "${kc[@]}" describe "job/$job" | tail -n 20 >&2; return 1 ;;
    esac
    if [[ "$SECONDS" -ge "$deadline" ]]; then echo "job/$job did not finish within $timeout s" >&2; return 1; fi
    sleep 15
  done
}

if [[ "$print" -eq 1 ]]; then
  configmap; echo "---"; cat "$here/pvc.yaml"; echo "---"; render "$here/job.yaml"; echo "---"; render "$here/merge-job.yaml"
  exit 0
fi

configmap | "${kc[@]}" create -f -
"${kc[@]}" apply -f "$here/pvc.yaml"
# create, not apply: a run id that is already in use is an error, never an update of a running Job.
render "$here/job.yaml" | "${kc[@]}" create -f -
wait_for "gpurisk-run-$run_id"
render "$here/merge-job.yaml" | "${kc[@]}" create -f -
wait_for "gpurisk-merge-$run_id"
echo "run $run_id merged: /results/$run_id/merged on claim gpurisk-results"
