#!/bin/bash
# shellcheck disable=SC2317 # the helpers are called through check
# tests/lab/test-ansible.sh BINARY
#
# Proves on the lab (issue 12, "Ansible") that the playbook written by
# `BINARY export DEPLOYMENT --ansible DIR`, run with Debian's ansible-playbook
# against the two lab hosts:
#   - changes nothing in --check mode, and says what would change;
#   - leaves both hosts with the manifests the exported scripts leave;
#   - changes nothing when run again (changed=0 in the recap), here with the
#     passwords from an Ansible Vault file instead of the environment;
#   - in --check mode on the installed hosts, says that nothing would change
#     (changed=0) and changes nothing;
#   - is undone by its rollback play (--tags rollback): the manifests taken
#     before the first run, and a second rollback changes nothing;
#   - and that no exported file, and no output of ansible-playbook, holds a
#     password.
# Starting state: single-host.  Run as root, under the lab's lock.  Exit 0
# when every check passes, 1 otherwise.  Leaves the lab down unless
# PUBLIK_LAB_KEEP_UP=1.
set -uo pipefail

BIN=${1:?usage: test-ansible.sh BINARY}
BIN=$(readlink -f "$BIN")
LAB=$(cd "$(dirname "$0")" && pwd)/lab
STATE=single-host
FAILED=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# shellcheck source=tests/lab/test-lib.sh
. "$(dirname "$0")/test-lib.sh"
START=$(date +%s)

phase() { printf '== %s (at %s s)\n' "$1" "$(($(date +%s) - START))"; }

[ "$(id -u)" = 0 ] || { echo "must run as root" >&2; exit 2; }
[ -x "$BIN" ] || { echo "no executable $BIN" >&2; exit 2; }
command -v ansible-playbook >/dev/null || { echo "ansible-playbook missing (Debian package ansible)" >&2; exit 2; }

# playbook TAG [ARGS]: ansible-playbook from the export folder, its output in $TMP/play.TAG.
playbook() {
  local tag=$1; shift
  (cd "$A" && ansible-playbook "playbook-lab.yml" "$@") >"$TMP/play.$tag" 2>&1
}
# recap TAG HOST: "ok=N changed=N unreachable=N failed=N" of HOST in the recap of run TAG.
recap() {
  sed -n "/^PLAY RECAP/,\$p" "$TMP/play.$1" | grep -F "$2.lab " | grep -oE '(ok|changed|unreachable|failed)=[0-9]+' | tr '\n' ' '
}
changed_is() { # TAG HOST N
  local r; r=$(recap "$1" "$2")
  echo "$2: $r"
  [[ $r == *"changed=$3 "* && $r == *"failed=0 "* && $r == *"unreachable=0 "* ]]
}
changed_some() { # TAG HOST
  local r; r=$(recap "$1" "$2")
  echo "$2: $r"
  [[ $r != *"changed=0 "* && $r == *"failed=0 "* && $r == *"unreachable=0 "* ]]
}
played() { # TAG WHAT ARGS...: run the playbook, check its exit status.
  local tag=$1 what=$2; shift 2
  if playbook "$tag" "$@"; then ok "$what"; else bad "$what"; tail -30 "$TMP/play.$tag" | sed 's/^/      /'; fi
}

echo "==== starting state: $STATE"
if ! "$LAB" up --state "$STATE" >"$TMP/up.out" 2>&1; then
  bad "lab up --state $STATE"; tail -20 "$TMP/up.out"; exit 1
fi
ok "lab up --state $STATE ($(($(date +%s) - START)) s)"
CFG=$("$LAB" ssh-config-file)
KH=$("$LAB" known-hosts-file)
"$LAB" deployment >"$TMP/lab.json"
D=$TMP/scripts
A=$TMP/ansible
check "export --script" "$BIN" export "$TMP/lab.json" --script "$D"
check "export --ansible" "$BIN" export "$TMP/lab.json" --ansible "$A"
check "the playbook runs the exported scripts, byte for byte" \
  cmp "$D/01-web1.sh" "$A/scripts/lab/01-web1.sh"
check "no password in the exported files" no_password_in "$D" "$A"
# Ansible's own SSH, told where the lab's host keys are (the inventory has the addresses).
export ANSIBLE_SSH_ARGS="-o ControlMaster=auto -o ControlPersist=120s -o UserKnownHostsFile=$KH -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o BatchMode=yes -o IdentitiesOnly=yes"
export ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0 ANSIBLE_RETRY_FILES_ENABLED=0
manifests before

phase "the reference: the exported scripts, then the lab reset"
check "01-web1.sh" run_script web1 "$D/01-web1.sh"
check "02-web2.sh" run_script web2 "$D/02-web2.sh"
manifests scripts
check "lab reset $STATE" "$LAB" reset "$STATE"
manifests reset
same_manifests before reset "reset gives the same starting manifest"

phase "--check on the fresh hosts: says what would change, changes nothing"
played check1 "ansible-playbook --check" --check
check "web1 would change (--check)" changed_some check1 web1
check "web2 would change (--check)" changed_some check1 web2
manifests check1
same_manifests before check1 "manifest unchanged by --check"

phase "first run"
played run1 "ansible-playbook (passwords from the environment)"
check "web1 changed" changed_some run1 web1
check "web2 changed" changed_some run1 web2
manifests run1
same_manifests scripts run1 "manifest after the playbook = after the exported scripts"

phase "second run, passwords from Ansible Vault: no change"
python3 - "$TMP/vault.json" <<'EOF'
import json, os, sys
pw = {k: v for k, v in os.environ.items() if k.startswith("PUBLIK_DB_PASSWORD_")}
json.dump({"phw_db_passwords": {"lab": pw}}, open(sys.argv[1], "w"), ensure_ascii=False)
EOF
printf 'vault key of the test\n' >"$TMP/vault-pass"
check "ansible-vault encrypt" ansible-vault encrypt --vault-password-file "$TMP/vault-pass" "$TMP/vault.json"
check "the vault file holds no password in clear" no_password_in "$TMP/vault.json"
(
  for v in $(compgen -e | grep '^PUBLIK_DB_PASSWORD_'); do unset "$v"; done
  played run2 "ansible-playbook again (passwords from Ansible Vault)" \
    -e "@$TMP/vault.json" --vault-password-file "$TMP/vault-pass"
  exit "$FAILED"
) || FAILED=1
check "web1: changed=0" changed_is run2 web1 0
check "web2: changed=0" changed_is run2 web2 0
manifests run2
same_manifests run1 run2 "manifest unchanged by the second run"

phase "--check on the installed hosts: nothing would change, nothing changes"
played check2 "ansible-playbook --check, installed hosts" --check
check "web1: changed=0 (--check)" changed_is check2 web1 0
check "web2: changed=0 (--check)" changed_is check2 web2 0
manifests check2
same_manifests run2 check2 "manifest unchanged by --check on the installed hosts"

phase "rollback play"
played rollback1 "ansible-playbook --tags rollback" --tags rollback
check "web1 rolled back (changed)" changed_some rollback1 web1
check "web2 rolled back (changed)" changed_some rollback1 web2
manifests rollback1
same_manifests before rollback1 "manifest back to the one before the first run"
played rollback2 "ansible-playbook --tags rollback again" --tags rollback
check "web1: nothing left to undo (changed=0)" changed_is rollback2 web1 0
check "web2: nothing left to undo (changed=0)" changed_is rollback2 web2 0

check "no password in ansible-playbook's output" no_password_in "$TMP"/play.*

[ -n "${PUBLIK_LAB_KEEP_UP:-}" ] || "$LAB" down
echo "test-ansible: $(($(date +%s) - START)) s"
if [ "$FAILED" = 0 ]; then echo "test-ansible: all checks passed"; else echo "test-ansible: FAILED"; fi
exit "$FAILED"
