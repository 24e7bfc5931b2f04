#!/usr/bin/env bash
# What dates from git cost a build (issue 15): a repository the size of Full Stack Python's
# (800 content files, 3,000 commits, renames; bench/git-history-repo.py), built with
# dates.git on and off, cold (no .cairn/, no public/) and warm (cache kept, nothing changed).
# Prints the median of RUNS runs per row, wall and CPU (user+sys, less disturbed by other load
# on a shared machine), and the cost of the git log pass alone.
# Usage: bench/git-history.sh [RUNS] [FILES] [COMMITS]   (needs target/cairn.jar, git, python3)
set -euo pipefail
RUNS=${1:-5}; FILES=${2:-800}; COMMITS=${3:-3000}
HERE=$(cd "$(dirname "$0")/.." && pwd)
JAR="$HERE/target/cairn.jar"
WORK=$(mktemp -d /tmp/cairn-git-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
python3 "$HERE/bench/git-history-repo.py" "$WORK/guide" "$FILES" "$COMMITS" >/dev/null
cd "$WORK/guide"
echo "repository: $(git rev-list --count HEAD) commits, $(git ls-files content | wc -l) content files; load: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# "wall_ms cpu_ms" of one run of a command
ms() { /usr/bin/time -f '%e %U %S' -o "$WORK/time" "$@" >/dev/null 2>&1; awk '{printf "%d %d\n", $1*1000, ($2+$3)*1000}' "$WORK/time"; }
report() { # name, then "wall cpu" lines on stdin
  local rows; rows=$(cat)
  printf '%-28s %7s ms wall %7s ms CPU\n' "$1" "$(cut -d' ' -f1 <<<"$rows" | median)" "$(cut -d' ' -f2 <<<"$rows" | median)"
}

row() { # name, git on|off, cold|warm
  local name=$1 git=$2 mode=$3 times=()
  printf 'title: Bench\nbase_url: https://bench.example.org\ndates:\n  git: %s\n' "$([ "$git" = on ] && echo true || echo false)" > cairn.yaml
  rm -rf .cairn public
  [ "$mode" = warm ] && java -jar "$JAR" build --quiet >/dev/null 2>&1
  for _ in $(seq "$RUNS"); do
    [ "$mode" = cold ] && rm -rf .cairn public
    times+=("$(ms java -jar "$JAR" build --quiet)")
  done
  printf '%s\n' "${times[@]}" | report "$name"
}

GITLOG=(git -c core.quotepath=false log --no-merges -M --format=%x1e%H%x1f%aI --raw -p --unified=0 -- content)
times=(); for _ in $(seq "$RUNS"); do times+=("$(ms "${GITLOG[@]}")"); done
printf '%s\n' "${times[@]}" | report "git log pass alone"
row "cold, dates.git: false" off cold
row "cold, dates.git: true" on cold
row "warm, dates.git: false" off warm
row "warm, dates.git: true" on warm
git checkout -q -- . 2>/dev/null || true
