# bash completion for eok (installed as share/bash-completion/completions/eok).
_eok() {
  local cur prev cmd
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  cmd=${COMP_WORDS[1]}
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "parse convert rates scan reconcile --help --version" -- "$cur"))
    return
  fi
  case $prev in
    --rates|--only-rates|--out) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --to|--on|--from|--date|--average|--max-gap|--convert-to|--source|--jobs|--tolerance) return ;;
    --input) COMPREPLY=($(compgen -W "jsonl" -- "$cur")); return ;;
    --only) COMPREPLY=($(compgen -W "inconsistent consistent consistent_loose undetermined conversion relation agreement stated_rate" -- "$cur")); return ;;
    --policy) COMPREPLY=($(compgen -W "on-or-before exact nearest" -- "$cur")); return ;;
    --round) COMPREPLY=($(compgen -W "half-even half-up half-down down up floor ceiling" -- "$cur")); return ;;
    --lang) COMPREPLY=($(compgen -W "ko en" -- "$cur")); return ;;
  esac
  local opts
  case $cmd in
    parse) opts="--json --jsonl --significant-zeros --help" ;;
    convert) opts="--to --on --average --policy --max-gap --source --rates --only-rates --round --json --jsonl --help" ;;
    rates) opts="show import --from --to --source --rates --only-rates --json --out --help" ;;
    scan) opts="--jsonl --json --table --date --convert-to --jobs --input --help" ;;
    reconcile) opts="--json --markdown --html --lang --rates --only-rates --tolerance --only --date --input --partial --merge --jsonl --help" ;;
  esac
  if [[ $cur == -* || $cmd == rates ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  fi
  [ ${#COMPREPLY[@]} -eq 0 ] && COMPREPLY=($(compgen -f -- "$cur"))
}
complete -F _eok eok
