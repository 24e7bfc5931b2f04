#!/usr/bin/env bash
# The steps of the GitHub Action (action.yml at the repository root), which calls this script:
#   action.sh install   download the release (INPUT_VERSION: 0.2.0, latest) into the tool
#                       cache; outputs version=, cairn= (the launcher); its bin/ on GITHUB_PATH
#   action.sh run       cairn INPUT_COMMAND (build, check) --source INPUT_SOURCE INPUT_ARGS,
#                       check with --format github unless INPUT_ARGS has a --format; output
#                       exit-code=, a line in the job summary; exits with cairn's exit code
# On Linux x64 runners it installs the self-contained image (cairn-V-linux-x64.tar.gz, Java
# included); elsewhere the portable zip, which needs Java 17+ (actions/setup-java).
# CAIRN_RELEASES overrides where releases are fetched from (scripts/check-action.sh uses a
# file:// URL with the locally built ones). See docs/ci/README.md.
set -euo pipefail

releases=${CAIRN_RELEASES:-https://github.com/cairn-ssg/cairn/releases}
error() { echo "::error title=cairn action::$*"; exit 1; }
output() { [ -z "${GITHUB_OUTPUT:-}" ] || echo "$1=$2" >> "$GITHUB_OUTPUT"; }

install() {
  local version=${INPUT_VERSION:-latest}
  version=${version#v}
  if [ "$version" = latest ]; then
    # the releases/latest page redirects to releases/tag/vX.Y.Z
    local tag
    tag=$(curl -fsSLI --retry 3 -o /dev/null -w '%{url_effective}' "$releases/latest") \
      || error "cannot find the latest cairn release at $releases/latest"
    version=${tag##*/v}
  fi
  [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+([-.][0-9A-Za-z.-]+)?$ ]] || error "\"$version\" is not a cairn version (e.g. 0.2.0, or latest)"

  local asset dir
  if [ "${RUNNER_OS:-Linux}" = Linux ] && [ "${RUNNER_ARCH:-X64}" = X64 ]; then
    asset=cairn-$version-linux-x64.tar.gz
    dir=cairn-$version-linux-x64
  else
    asset=cairn-$version.zip
    dir=cairn-$version
    command -v java >/dev/null 2>&1 || [ -x "${JAVA_HOME:-/nonexistent}/bin/java" ] \
      || error "on ${RUNNER_OS:-?} ${RUNNER_ARCH:-?}, cairn runs on the machine's Java 17 or newer: add actions/setup-java before this step"
  fi
  local home=${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:?RUNNER_TEMP is not set}}/cairn/$version
  if [ -x "$home/$dir/bin/cairn" ]; then
    echo "cairn $version: already in $home"
  else
    local tmp
    tmp=$(mktemp -d "${RUNNER_TEMP:-/tmp}/cairn-download.XXXXXX")
    echo "cairn $version: downloading $releases/download/v$version/$asset"
    curl -fsSL --retry 3 -o "$tmp/$asset" "$releases/download/v$version/$asset" \
      || error "cannot download $releases/download/v$version/$asset (is $version a cairn release?)"
    mkdir -p "$tmp/unpacked"
    case $asset in
      *.tar.gz) tar -xzf "$tmp/$asset" -C "$tmp/unpacked" ;;
      *.zip) unzip -q "$tmp/$asset" -d "$tmp/unpacked" ;;
    esac
    [ -f "$tmp/unpacked/$dir/bin/cairn" ] || error "$asset has no $dir/bin/cairn"
    mkdir -p "$home"
    rm -rf "${home:?}/$dir"
    mv "$tmp/unpacked/$dir" "$home/$dir"
    rm -rf "$tmp"
  fi
  chmod +x "$home/$dir/bin/cairn"
  [ -z "${GITHUB_PATH:-}" ] || echo "$home/$dir/bin" >> "$GITHUB_PATH"
  output version "$version"
  output cairn "$home/$dir/bin/cairn"
  "$home/$dir/bin/cairn" --version | head -1
}

run() {
  local cairn=${CAIRN_BIN:-cairn} command=${INPUT_COMMAND:-build}
  case $command in build|check) ;; *) error "command must be build or check, not \"$command\"" ;; esac
  # the args input, split as the shell would (quotes, backslashes) but never evaluated
  local args=()
  if [ -n "${INPUT_ARGS:-}" ]; then
    local split
    split=$(mktemp "${RUNNER_TEMP:-/tmp}/cairn-args.XXXXXX")
    printf '%s' "$INPUT_ARGS" | xargs -r printf '%s\0' > "$split" 2>"$split.err" \
      || error "cannot split args ($INPUT_ARGS): $(cat "$split.err")"
    mapfile -d '' args < "$split"
    rm -f "$split" "$split.err"
  fi
  local argv=("$command" --source "${INPUT_SOURCE:-.}")
  if [ "$command" = check ]; then
    local a has_format=no
    for a in "${args[@]}"; do case $a in -f|--format|--format=*|-f*) has_format=yes ;; esac; done
    [ "$has_format" = yes ] || argv+=(--format github)
  fi
  echo "cairn ${argv[*]} ${args[*]}"
  local log code
  log=$(mktemp "${RUNNER_TEMP:-/tmp}/cairn-log.XXXXXX")
  set +e
  "$cairn" "${argv[@]}" "${args[@]}" 2>&1 | tee "$log"
  code=${PIPESTATUS[0]}
  set -e
  output exit-code "$code"
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    local last
    last=$(grep -v '^::' "$log" | tail -n 1)
    { echo "### cairn $command: $([ "$code" = 0 ] && echo passed || echo "failed (exit $code)")"; echo
      echo "${last:-no output}"; } >> "$GITHUB_STEP_SUMMARY"
  fi
  rm -f "$log"
  return "$code"
}

case ${1:-} in
  install) install ;;
  run) run ;;
  *) echo "usage: action.sh install|run" >&2; exit 2 ;;
esac
