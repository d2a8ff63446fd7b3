# shellcheck shell=bash
# shellcheck disable=SC2034 # FAILED and DB_COMPONENTS are read by the sourcing scripts
# tests/lab/test-lib.sh - what the lab's shell tests share (sourced by test-exported-scripts.sh
# and test-ansible.sh). The sourcing script sets LAB (the lab script), TMP (its scratch folder)
# and CFG (the lab's OpenSSH configuration) before calling these.

ok() { printf 'ok    %s\n' "$1"; }
bad() { printf 'FAIL  %s\n' "$1"; FAILED=1; }
check() { # WHAT COMMAND...: ok when COMMAND succeeds, else FAIL and its last output lines.
  local d=$1; shift
  if "$@" >"$TMP/out" 2>&1; then ok "$d"; else bad "$d"; sed 's/^/      /' "$TMP/out" | tail -20; fi
}

# Hostile passwords (quotes, backslashes, $, backquotes, spaces, non-ASCII), one per
# component: the lab sets them in PostgreSQL, the tests' routes read them from the environment.
for c in HOBO AUTHENTIC2_MULTITENANT COMBO FARGO PASSERELLE CHRONO BIJOE; do
  export "PUBLIK_DB_PASSWORD_$c=pw $c it's \"q\" \\back \$HOME \`id\` ;|& é日本"
done
DB_COMPONENTS="hobo authentic2-multitenant combo fargo passerelle chrono bijoe"

manifests() { # TAG: each host's manifest, kept as $TMP/manifest.TAG.HOST
  local h
  for h in web1 web2; do "$LAB" manifest "$h" >"$TMP/manifest.$1.$h" || bad "manifest $h"; done
}
same_manifests() { # TAG1 TAG2 WHAT
  local h
  for h in web1 web2; do
    check "$h: $3" diff -u "$TMP/manifest.$1.$h" "$TMP/manifest.$2.$h"
  done
}
no_password_in() { # PATH...: none of the passwords above in these files or folders
  local c v
  for c in $DB_COMPONENTS; do
    v=PUBLIK_DB_PASSWORD_$(echo "$c" | tr 'a-z-' 'A-Z_')
    if grep -rqF -- "${!v}" "$@"; then echo "$v found in $*"; return 1; fi
  done
}
run_script() { # HOST SCRIPT [ARGS]: run an exported script over plain OpenSSH.
  local h=$1 s=$2; shift 2
  ssh -F "$CFG" "$h" sh -s -- "$@" <"$s"
}
