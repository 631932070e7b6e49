#!/usr/bin/env bash
# The bash completion (src/tools/completion/eok.bash) offers exactly the options each command's
# --help lists: every option in an "Options:" line of the help is offered, and every option
# offered appears in the help.
#   completion_test.sh EOK SOURCE_DIR
set -euo pipefail
eok=$1
completion=$2/src/tools/completion/eok.bash
[ -f "$completion" ] || { echo "missing $completion" >&2; exit 1; }
failed=0
checked=0
for cmd in parse convert rates scan reconcile; do
  offered=$(sed -n "s/^ *$cmd) opts=\"\\(.*\\)\" ;;\$/\\1/p" "$completion")
  [ -n "$offered" ] || { echo "$cmd: no completion line" >&2; failed=1; continue; }
  help=$("$eok" "$cmd" --help)
  listed=$(printf '%s\n' "$help" | grep -oE '^  (-h, )?--[a-z-]+' | sed 's/-h, //; s/^ *//' | sort -u)
  for opt in $listed; do
    checked=$((checked + 1))
    case " $offered " in *" $opt "*) ;; *) echo "$cmd: --help lists $opt, the completion does not offer it" >&2; failed=1 ;; esac
  done
  for opt in $offered; do
    case $opt in --*) ;; *) continue ;; esac  # subcommand words (rates show, import)
    checked=$((checked + 1))
    printf '%s\n' "$help" | grep -q -- "$opt\\b" || { echo "$cmd: the completion offers $opt, which --help does not name" >&2; failed=1; }
  done
done
[ "$checked" -ge 40 ] || { echo "only $checked options checked" >&2; exit 1; }
[ "$failed" -eq 0 ] && echo "completion matches --help: $checked options"
exit "$failed"
