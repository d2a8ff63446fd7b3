#!/bin/bash
# tests/lab/test-exported-scripts.sh BINARY [STATE...]
#
# Proves on the lab (issue 3, "Proven on the lab") that the scripts exported
# by `BINARY export DEPLOYMENT --script DIR` for the lab's deployment, run in
# order with plain OpenSSH and the passwords in the environment:
#   - leave both hosts in the state the procedure describes;
#   - change nothing when run a second time (manifests equal);
#   - are undone by --rollback on web2 then web1 (manifests equal to those
#     taken before the first run); web1's --rollback is refused while web2 is
#     attached, and web2's without its journal while it is attached (issue 9);
#   - stop at a failing step with its name, leaving a journal from which
#     --rollback restores the manifests;
#   - refuse, changing nothing, when run on the wrong host, on a host that
#     carries another deployment, or with the share unmounted (single-host);
# from each starting state (default: single-host bare).  Run as root.
# Exit 0 when every check passes, 1 otherwise.  Leaves the lab down unless
# PUBLIK_LAB_KEEP_UP=1.
set -uo pipefail

BIN=${1:?usage: test-exported-scripts.sh BINARY [STATE...]}
shift
STATES=${*:-single-host bare}
BIN=$(readlink -f "$BIN")
LAB=$(cd "$(dirname "$0")" && pwd)/lab
FAILED=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# shellcheck source=tests/lab/test-lib.sh
. "$(dirname "$0")/test-lib.sh"

[ "$(id -u)" = 0 ] || { echo "must run as root" >&2; exit 2; }
[ -x "$BIN" ] || { echo "no executable $BIN" >&2; exit 2; }

# Runs on a host (sh -s -- ROLE): checks the state the procedure describes.
# Prints "ok ..." / "FAIL ..." lines.
cat >"$TMP/verify-host.sh" <<'EOF'
role=$1
r() { if eval "$2" >/dev/null 2>&1; then echo "ok    $(hostname): $1"; else echo "FAIL  $(hostname): $1"; fi; }
P=/srv/nfs/publik
for spec in hobo:2102 authentic-multitenant:2103 wcs:2104 passerelle:2105 combo:2106 fargo:2107 chrono:2108 bijoe:2109; do
  u=${spec%:*} id=${spec#*:}
  r "user $u is $id:$id" "[ \"\$(getent passwd $u | cut -d: -f3,4)\" = $id:$id ] && [ \"\$(getent group $u | cut -d: -f3)\" = $id ]"
done
for c in hobo authentic2-multitenant wcs passerelle combo fargo chrono bijoe; do
  r "/etc/$c -> $P/etc/$c" "[ \"\$(readlink /etc/$c)\" = $P/etc/$c ] && [ -d $P/etc/$c ]"
  r "/var/lib/$c -> $P/var/lib/$c" "[ \"\$(readlink /var/lib/$c)\" = $P/var/lib/$c ] && [ -d $P/var/lib/$c ]"
  r "service $c running" "service $c status"
done
r "/etc/hobo-agent -> $P/etc/hobo-agent" "[ \"\$(readlink /etc/hobo-agent)\" = $P/etc/hobo-agent ]"
# supervisor reports RUNNING once the program has lived startsecs (1 s).
r "hobo-agent RUNNING under supervisor" 'i=0; until supervisorctl status hobo-agent | grep -q RUNNING; do i=$((i+1)); [ $i -lt 50 ] || exit 1; sleep 0.1; done'

for d in conf.d includes sites-available sites-enabled; do
  [ "$d" = includes ] && [ ! -e $P/etc/nginx/includes ] && continue
  r "/etc/nginx/$d -> share" "[ \"\$(readlink /etc/nginx/$d)\" = $P/etc/nginx/$d ]"
done
r "nginx running" "service nginx status"
r "/var/www/html -> share" "[ \"\$(readlink /var/www/html)\" = $P/var/www/html ]"
for d in sources.list.d preferences.d; do
  r "/etc/apt/$d -> share" "[ \"\$(readlink /etc/apt/$d)\" = $P/etc/apt/$d ]"
done
for f in /etc/cron.d/wcs /etc/cron.d/authentic2-multitenant /etc/cron.d/passerelle /etc/cron.hourly/python-combo /etc/cron.hourly/fargo; do
  if [ "$role" = secondary ]; then
    r "$f disabled (every line commented)" "[ -f $f ] && ! grep -v '^[[:space:]]*\$' $f | grep -qv '^#'"
  else
    r "$f active" "grep -v '^[[:space:]]*\$' $f | grep -qv '^#'"
  fi
done
for s in hobo authentic2-multitenant wcs passerelle combo fargo chrono bijoe supervisor; do
  r "drop-in RequiresMountsFor=/srv/nfs for $s" "grep -qs '^RequiresMountsFor=.*/srv/nfs' /etc/systemd/system/$s.service.d/*.conf"
done
for spec in hobo:hobo authentic2-multitenant:authentic-multitenant passerelle:passerelle combo:combo fargo:fargo chrono:chrono bijoe:bijoe; do
  c=${spec%:*} u=${spec#*:}
  r "settings.d of $c: 0640 root:$u" "ls /etc/$c/settings.d/*.py && [ \"\$(stat -c '%a %U %G' /etc/$c/settings.d/*.py | sort -u)\" = \"640 root $u\" ]"
done
EOF

verify_hosts() {
  local h role
  for h in web1 web2; do
    role=primary; [ "$h" = web2 ] && role=secondary
    ssh -F "$CFG" "$h" sh -s -- "$role" <"$TMP/verify-host.sh" >"$TMP/verify.$h" 2>&1
    cat "$TMP/verify.$h"
    grep -q '^FAIL' "$TMP/verify.$h" && FAILED=1
    for c in $DB_COMPONENTS; do
      check "$h: settings.d of $c accepted by PostgreSQL" "$LAB" db-check "$h" "$c"
    done
  done
}

# shellcheck disable=SC2317 # called through check
refused_with() { # TEXT COMMAND...: COMMAND exits 1 and its error output names TEXT.
  local text=$1 rc=0; shift
  "$@" 2>"$TMP/refused.err" || rc=$?
  cat "$TMP/refused.err"
  [ "$rc" = 1 ] && grep -qF -- "$text" "$TMP/refused.err"
}

refused() { # WHAT PATTERN HOST SCRIPT [ARGS]: the script fails there, saying PATTERN.
  local what=$1 pat=$2 h=$3 s=$4; shift 4
  if run_script "$h" "$s" "$@" >"$TMP/refused.out" 2>&1; then
    bad "$what (it ran, exit 0)"; sed 's/^/      /' "$TMP/refused.out" | tail -5; return
  fi
  if grep -qF -- "$pat" "$TMP/refused.out"; then
    ok "$what"; grep -F -- "$pat" "$TMP/refused.out" | head -1 | sed 's/^/      /'
  else
    bad "$what (no message: $pat)"; sed 's/^/      /' "$TMP/refused.out" | tail -5
  fi
}

for STATE in $STATES; do
  echo "==== starting state: $STATE"
  if ! "$LAB" up --state "$STATE" >"$TMP/up.out" 2>&1; then
    bad "lab up --state $STATE"; tail -20 "$TMP/up.out"; continue
  fi
  ok "lab up --state $STATE"
  CFG=$("$LAB" ssh-config-file)
  "$LAB" deployment >"$TMP/lab.json"
  D=$TMP/scripts-$STATE
  check "export --script" "$BIN" export "$TMP/lab.json" --script "$D"
  check "scripts 01-web1.sh and 02-web2.sh" test -f "$D/01-web1.sh" -a -f "$D/02-web2.sh"
  check "no password in the scripts" no_password_in "$D"
  manifests before

  if [ "$STATE" = single-host ]; then
    # Issue 9 point 7: each script on its own host only; refused before any change.
    echo "== guards: a script run on the wrong host changes nothing"
    refused "02-web2.sh on web1 refused" "ce script est pour l'hôte web2" web1 "$D/02-web2.sh"
    refused "01-web1.sh on web2 refused" "ce script est pour l'hôte web1" web2 "$D/01-web1.sh"
    manifests wronghost
    same_manifests before wronghost "manifest unchanged by the refused runs"
  fi

  echo "== first run"
  check "01-web1.sh" run_script web1 "$D/01-web1.sh"
  check "02-web2.sh" run_script web2 "$D/02-web2.sh"
  verify_hosts
  manifests after1

  if [ "$STATE" = single-host ]; then
    # Issue 9 points 7 and 8: web1 now carries deployment lab, recorded as host web1.
    echo "== guards: a host that carries the deployment lab"
    python3 -c 'import json, sys; d = json.load(sys.stdin); d["name"] = "lab-renamed"; json.dump(d, sys.stdout)' \
      <"$TMP/lab.json" >"$TMP/renamed.json"
    check "export of the renamed deployment" "$BIN" export "$TMP/renamed.json" --script "$TMP/renamed"
    refused "renamed deployment refused on web1, naming lab" "prend déjà part au déploiement lab " web1 "$TMP/renamed/01-web1.sh"
    refused "renamed deployment's rollback refused on web1, naming lab" "au déploiement lab :" web1 "$TMP/renamed/01-web1.sh" --rollback
    refused "02-web2.sh on web1 refused (recorded as web1)" "comme l'hôte web1" web1 "$D/02-web2.sh"
    refused "02-web2.sh on web1 refused even with --host-is" "comme l'hôte web1" web1 "$D/02-web2.sh" --host-is=web2
    refused "02-web2.sh --rollback on web1 refused (recorded as web1)" "comme l'hôte web1" web1 "$D/02-web2.sh" --rollback
    manifests after1guards
    same_manifests after1 after1guards "manifest unchanged by the refused runs"
  fi

  echo "== second run changes nothing"
  check "01-web1.sh again" run_script web1 "$D/01-web1.sh"
  check "02-web2.sh again" run_script web2 "$D/02-web2.sh"
  manifests after2
  same_manifests after1 after2 "manifest unchanged by the second run"

  echo "== rollback in the wrong order or without journal is refused (issue 9)"
  # The primary first: refused while web2 is recorded as attached, naming it.
  check "01-web1.sh --rollback refused while web2 is attached" \
    refused_with web2 run_script web1 "$D/01-web1.sh" --rollback
  # web2 without its journal (reinstalled tool state) but attached: refused, naming links.
  ssh -F "$CFG" web2 mv /var/lib/publik-ha-wizard /root/phw-saved
  check "02-web2.sh --rollback refused without its journal" \
    refused_with /etc/wcs run_script web2 "$D/02-web2.sh" --rollback
  # (the refused run left an empty state folder: the saved one takes its place)
  ssh -F "$CFG" web2 'rm -r /var/lib/publik-ha-wizard && mv /root/phw-saved /var/lib/publik-ha-wizard'
  manifests refused
  same_manifests after2 refused "manifest unchanged by the refused rollbacks"

  echo "== rollback web2 then web1"
  check "02-web2.sh --rollback" run_script web2 "$D/02-web2.sh" --rollback
  check "02-web2.sh --rollback again (nothing left to undo)" run_script web2 "$D/02-web2.sh" --rollback
  check "01-web1.sh --rollback" run_script web1 "$D/01-web1.sh" --rollback
  manifests rolledback
  same_manifests before rolledback "manifest back to the one before the first run"

  echo "== a step that fails halfway"
  if ! "$LAB" reset "$STATE" >"$TMP/reset.out" 2>&1; then
    bad "lab reset $STATE"; tail -20 "$TMP/reset.out"; continue
  fi
  ok "lab reset $STATE"
  manifests before2
  same_manifests before before2 "reset gives the same starting manifest"
  "$LAB" fail-service web1 combo
  if run_script web1 "$D/01-web1.sh" >"$TMP/fail.out" 2>&1; then
    bad "01-web1.sh stops when combo cannot start"
  else
    ok "01-web1.sh stops when combo cannot start (exit $?)"
  fi
  # The failing step names itself: database.combo (single-host: its new settings restart
  # the running combo), share.combo (moving combo) or packages.primary (bare: installing
  # combo starts it).
  check "the failure names its step" grep -E "(database\.combo|share\.combo|packages\.primary).*(échoué|failed)" "$TMP/fail.out"
  grep -E "(échoué|failed)" "$TMP/fail.out" | sed 's/^/      /' | head -3
  check "a journal is left on web1" ssh -F "$CFG" web1 'test -s /var/lib/publik-ha-wizard/lab/journal'
  "$LAB" heal-service web1 combo
  check "01-web1.sh --rollback after the failure" run_script web1 "$D/01-web1.sh" --rollback
  manifests rolledback2
  same_manifests before2 rolledback2 "manifest restored after the failed run"

  if [ "$STATE" = single-host ]; then
    # Issue 8: the share not mounted on the primary; its script stops before any change.
    echo "== guards: the share unmounted on web1 and web2"
    check "umount /srv/nfs on web1" "$LAB" exec web1 umount -l /srv/nfs
    check "/srv/nfs is a plain folder on web1" "$LAB" exec web1 sh -c '! mountpoint -q /srv/nfs && [ -d /srv/nfs ]'
    # On a secondary, the same reason (not "missing on the share: run the primary's script").
    check "umount /srv/nfs on web2" "$LAB" exec web2 umount -l /srv/nfs
    manifests unmounted
    refused "01-web1.sh stops, share unmounted" "le partage /srv/nfs n'est pas un système de fichiers monté" web1 "$D/01-web1.sh"
    refused "01-web1.sh --rollback stops, share unmounted" "le partage /srv/nfs n'est pas un système de fichiers monté" web1 "$D/01-web1.sh" --rollback
    refused "02-web2.sh stops, share unmounted" "le partage /srv/nfs n'est pas un système de fichiers monté" web2 "$D/02-web2.sh"
    manifests unmounted2
    same_manifests unmounted unmounted2 "manifest unchanged by the refused runs"
    "$LAB" reset "$STATE" >"$TMP/reset.out" 2>&1 || bad "lab reset $STATE"
  fi
done

[ -n "${PUBLIK_LAB_KEEP_UP:-}" ] || "$LAB" down
if [ "$FAILED" = 0 ]; then echo "test-exported-scripts: all checks passed"; else echo "test-exported-scripts: FAILED"; fi
exit "$FAILED"
