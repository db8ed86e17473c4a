#!/usr/bin/env bash
# One nightly run on Slurm: submits the shard array (gpurisk-array.sbatch, tasks 0..N-1), then the
# merge (gpurisk-merge.sbatch) with --dependency=afterok on the array, so the merge starts once every
# shard succeeded and is cancelled if any failed. Prints the two job ids and the results folder.
#
# Usage: deploy/slurm/submit.sh CONFIG RESULTS_ROOT [SHARDS]
#   CONFIG        the nightly config (JSON), on storage the compute nodes see
#   RESULTS_ROOT  shared folder; this run writes RESULTS_ROOT/<run-id>/shard-<i> and .../merged
#   SHARDS        array size N (default 4)
# Environment: RUN_ID (default: UTC date and time), GPURISK (default "gpurisk"), and any SBATCH_*
# variable sbatch reads (SBATCH_PARTITION, SBATCH_ACCOUNT, ...).
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
config="$(realpath "$1")"
shards="${3:-4}"
run_id="${RUN_ID:-$(date -u +%Y%m%d-%H%M%S)}"
results="$(realpath -m "$2")/$run_id"
[[ -f "$config" ]] || { echo "no such config: $config" >&2; exit 2; }
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { echo "SHARDS must be a positive integer, not '$shards'" >&2; exit 2; }
# sbatch --export takes a comma-separated list: a comma in a path would split it.
[[ "$config$results" != *,* ]] || { echo "paths must not contain commas: $config $results" >&2; exit 2; }
mkdir -p "$results"

# --parsable prints "jobid" or "jobid;cluster".
array_job="$(sbatch --parsable --array="0-$((shards - 1))" \
  --export="ALL,CONFIG=$config,RESULTS=$results" "$here/gpurisk-array.sbatch")"
array_job="${array_job%%;*}"
merge_job="$(sbatch --parsable --dependency="afterok:$array_job" --kill-on-invalid-dep=yes \
  --export="ALL,RESULTS=$results,SHARDS=$shards" "$here/gpurisk-merge.sbatch")"
merge_job="${merge_job%%;*}"
echo "run $run_id: shards job $array_job (tasks 0-$((shards - 1))), merge job $merge_job; results in $results"
