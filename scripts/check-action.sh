#!/usr/bin/env bash
# Runs the GitHub Action's shell steps (action.yml, steps "install" and "cairn") the way a
# runner does, with a fake GitHub environment (GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_PATH,
# GITHUB_STEP_SUMMARY, RUNNER_TEMP, RUNNER_TOOL_CACHE, RUNNER_OS...), against the release
# that "mvn -B package -Pdist" left in target/dist, served from a file:// URL in place of
# GitHub's releases. Each step's run: line and env: block are read from action.yml, and the
# ${{ inputs.* }} and ${{ steps.*.outputs.* }} in them are filled in as a runner would.
# (actions/cache, the one step that is not shell, is GitHub's own.) Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

fail() { echo "check-action: FAIL: $*" >&2; exit 1; }
ok() { echo "check-action: ok: $*"; }

tarball=$(ls target/dist/cairn-*-linux-x64.tar.gz 2>/dev/null | head -1)
[ -n "$tarball" ] || fail "no target/dist/*.tar.gz; run: mvn -B package -Pdist -DskipTests"
version=$(basename "$tarball" -linux-x64.tar.gz); version=${version#cairn-}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/releases/download/v$version"
ln -s "$repo/$tarball" "$repo/target/dist/cairn-$version.zip" "$work/releases/download/v$version/"

# step ID: prints the step's run: command, then its env: lines (NAME: VALUE), from action.yml
step_yaml() {
  awk -v id="$1" '
    /^    - / { on = ($0 == "    - id: " id) }
    on && /^      run: / { sub(/^      run: /, ""); print "RUN " $0 }
    on && /^        [A-Z_]+: / { sub(/^        /, ""); print "ENV " $0 }' action.yml
}

# run_step ID INPUT=VALUE...: runs step ID in a fresh job environment kept in $job
declare -A outputs=()
run_step() {
  local id=$1; shift
  declare -A inputs=([version]=latest [command]=build [args]="" [source]=. [cache]=true)
  local kv; for kv in "$@"; do inputs[${kv%%=*}]=${kv#*=}; done
  local command="" envs=() line name value
  while IFS= read -r line; do
    case $line in
      "RUN "*) command=${line#RUN } ;;
      "ENV "*)
        name=${line#ENV }; name=${name%%:*}; value=${line#ENV "$name": }
        if [[ $value =~ ^\$\{\{\ inputs\.([a-z-]+)\ \}\}$ ]]; then value=${inputs[${BASH_REMATCH[1]}]}
        elif [[ $value =~ ^\$\{\{\ steps\.([a-z]+)\.outputs\.([a-z-]+)\ \}\}$ ]]; then
          value=${outputs[${BASH_REMATCH[1]}.${BASH_REMATCH[2]}]:-}
        else fail "action.yml step $id: env $name = $value is not an input or a step output"; fi
        envs+=("$name=$value") ;;
    esac
  done < <(step_yaml "$id")
  [ -n "$command" ] || fail "action.yml has no step \"$id\" with a run: line"
  : > "$job/output"
  set +e
  (cd "$job/workspace" && env -i PATH="$PATH" HOME="$job" JAVA_HOME="${JAVA_HOME:-}" \
      GITHUB_ACTION_PATH="$repo" GITHUB_WORKSPACE="$job/workspace" GITHUB_OUTPUT="$job/output" \
      GITHUB_PATH="$job/path" GITHUB_STEP_SUMMARY="$job/summary" RUNNER_TEMP="$job/temp" \
      RUNNER_TOOL_CACHE="$job/toolcache" RUNNER_OS="${RUNNER_OS:-Linux}" RUNNER_ARCH="${RUNNER_ARCH:-X64}" \
      CAIRN_RELEASES="file://$work/releases" "${envs[@]}" bash -e -c "$command") > "$job/log" 2>&1
  code=$?
  set -e
  while IFS='=' read -r name value; do [ -n "$name" ] && outputs[$id.$name]=$value; done < "$job/output"
  return 0
}

new_job() {
  job=$work/job-$1
  mkdir -p "$job/workspace" "$job/temp" "$job/toolcache"
  cp -r content static cairn.yaml "$job/workspace/"
  outputs=()
}

# --- install, build, reuse of the tool cache --------------------------------------------
new_job linux
run_step install version="$version"
[ "$code" = 0 ] || fail "install: exit $code: $(cat "$job/log")"
[ "${outputs[install.version]:-}" = "$version" ] || fail "install: output version=${outputs[install.version]:-}"
cairn=${outputs[install.cairn]:-}
[ "$cairn" = "$job/toolcache/cairn/$version/cairn-$version-linux-x64/bin/cairn" ] || fail "install: output cairn=$cairn"
[ -x "$(dirname "$(dirname "$cairn")")/runtime/bin/java" ] || fail "install: not the self-contained image on Linux x64"
grep -qx "$(dirname "$cairn")" "$job/path" || fail "install: bin/ not added to GITHUB_PATH"
grep -qx "cairn $version" "$job/log" || fail "install: did not print cairn's version: $(cat "$job/log")"
ok "install $version: the image in the tool cache, outputs version and cairn, bin/ on GITHUB_PATH"

run_step install version="v$version"
grep -q "already in" "$job/log" || fail "install again: downloaded again: $(cat "$job/log")"
ok "install again (v$version): the tool cache is reused"

run_step cairn command=build args="--output 'my site' --base-url https://example.org/guide/"
[ "$code" = 0 ] || fail "build: exit $code: $(cat "$job/log")"
[ -f "$job/workspace/my site/index.html" ] || fail "build: no 'my site/index.html' (args with quotes)"
grep -q 'https://example.org/guide/' "$job/workspace/my site/sitemap.xml" || fail "build: --base-url not passed"
[ "${outputs[cairn.exit-code]:-}" = 0 ] || fail "build: output exit-code=${outputs[cairn.exit-code]:-}"
grep -q "^### cairn build: passed" "$job/summary" || fail "build: job summary: $(cat "$job/summary")"
ok "build: args split as by the shell, output exit-code=0, job summary written"

run_step cairn command=check
[ "$code" = 0 ] || fail "check of the sample guide: exit $code: $(cat "$job/log")"
grep -q -- "--format github" "$job/log" || fail "check: not run with --format github"
ok "check of the sample guide passes, with --format github"

# --- a broken guide: annotations and a failing step ---------------------------------------
mkdir -p "$job/workspace/broken/content"
printf -- '---\ntitle: Broken\n---\nSee [nothing](nowhere.html).\n' > "$job/workspace/broken/content/a.md"
printf 'title: Broken\n' > "$job/workspace/broken/cairn.yaml"
run_step cairn command=check source=broken
[ "$code" = 1 ] || fail "check of a broken link: exit $code, expected 1: $(cat "$job/log")"
grep -q '^::error file=broken/content/a.md,line=4,col=[0-9]*,title=[a-z-]*::.*nowhere.html' "$job/log" \
  || fail "check: no ::error annotation for broken/content/a.md:4 (relative to the workspace): $(cat "$job/log")"
[ "${outputs[cairn.exit-code]:-}" = 1 ] || fail "check: output exit-code=${outputs[cairn.exit-code]:-}"
grep -q "^### cairn check: failed (exit 1)" "$job/summary" || fail "check: job summary: $(cat "$job/summary")"
ok "check of a broken link: ::error file=broken/content/a.md,line=4,... (the path from the workspace, as GitHub wants it), exit 1"

run_step cairn command=check source=broken args="--format json"
grep -q '::error' "$job/log" && fail "check --format json: still wrote annotations"
grep -q '"problems"' "$job/log" || fail "check --format json: no JSON report: $(cat "$job/log")"
ok "an explicit --format in args wins"

run_step cairn command=deploy
[ "$code" != 0 ] && grep -q '^::error title=cairn action::command must be build or check' "$job/log" \
  || fail "command=deploy: exit $code: $(cat "$job/log")"
run_step cairn command=build args="--output 'unclosed"
[ "$code" != 0 ] && grep -q '^::error title=cairn action::cannot split args' "$job/log" \
  || fail "unbalanced quote in args: exit $code: $(cat "$job/log")"
ok "a wrong command or unbalanced quotes in args: an ::error, the step fails"

# --- errors and other runners ---------------------------------------------------------------
new_job missing
run_step install version=9.9.9
[ "$code" != 0 ] && grep -q '^::error title=cairn action::cannot download .*cairn-9.9.9-linux-x64.tar.gz' "$job/log" \
  || fail "unknown version: exit $code: $(cat "$job/log")"
ok "an unknown version: an ::error naming the URL, the step fails"

new_job macos
RUNNER_OS=macOS RUNNER_ARCH=ARM64 run_step install version="$version"
[ "$code" = 0 ] || fail "install on macOS: exit $code: $(cat "$job/log")"
cairn=${outputs[install.cairn]:-}
[ "$cairn" = "$job/toolcache/cairn/$version/cairn-$version/bin/cairn" ] || fail "install on macOS: cairn=$cairn"
[ -e "$(dirname "$(dirname "$cairn")")/runtime" ] && fail "install on macOS: got the Linux runtime"
RUNNER_OS=macOS RUNNER_ARCH=ARM64 run_step cairn command=build
[ "$code" = 0 ] && [ -f "$job/workspace/public/index.html" ] || fail "build on macOS: exit $code: $(cat "$job/log")"
ok "on another OS: the portable zip, run with the machine's java"
echo "check-action: all checks passed"
