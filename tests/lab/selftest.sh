#!/bin/bash
# tests/lab/selftest.sh - proves that the lab works.  Run as root.
# Exit 0 when every check passes, 1 otherwise.  Prints each check.
# Leaves the lab down (set PUBLIK_LAB_KEEP_UP=1 to leave it up).
set -uo pipefail

LAB=$(cd "$(dirname "$0")" && pwd)/lab
FAILED=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ok() { printf 'ok    %s\n' "$1"; }
bad() { printf 'FAIL  %s\n' "$1"; FAILED=1; }
# check DESCRIPTION CMD...: run CMD, report.
check() {
  local d=$1; shift
  if "$@" >"$TMP/out" 2>&1; then ok "$d"; else bad "$d"; sed 's/^/      /' "$TMP/out" | tail -15; fi
}

# No live process of the lab (hosts' PID 1, init, stand-ins, PostgreSQL).
# Zombies are ignored: orphans of the machine's own PID 1 may stay zombies.
no_lab_process() {
  local left
  left=$(ps -eo pid=,stat=,args= | awk -v me=$$ -v dir="$1" \
    '$1 != me && $2 !~ /^Z/ && (index($0, dir) || /host-init\.sh|standin-daemon/) && !/awk/')
  [ -z "$left" ] || { echo "$left"; return 1; }
}

[ "$(id -u)" = 0 ] || { echo "selftest: must run as root" >&2; exit 2; }

echo "== lab up (single-host)"
start=$SECONDS
if ! "$LAB" up --state single-host; then bad "lab up"; exit 1; fi
ok "lab up in $((SECONDS - start)) s"

CFG=$("$LAB" ssh-config-file)
S() { ssh -F "$CFG" "$@"; }

echo "== ssh"
check "ssh root@web1" S web1 true
check "ssh root@web2" S web2 true
check "ssh operator@web1 + sudo" sh -c "[ \"\$(ssh -F '$CFG' web1-op sudo -n id -u)\" = 0 ]"
check "ssh operator@web2 + sudo" sh -c "[ \"\$(ssh -F '$CFG' web2-op sudo -n id -u)\" = 0 ]"
check "hostname web1" sh -c "[ \"\$(ssh -F '$CFG' web1 hostname)\" = web1 ]"
check "hostname web2" sh -c "[ \"\$(ssh -F '$CFG' web2 hostname)\" = web2 ]"
check "sshd accepts PUBLIK_DB_PASSWORD_*" sh -c \
  "[ \"\$(PUBLIK_DB_PASSWORD_TEST='a b' ssh -F '$CFG' web1 'printf %s \"\$PUBLIK_DB_PASSWORD_TEST\"')\" = 'a b' ]"

echo "== namespaces"
check "PID 1 of each host is tini" sh -c "ssh -F '$CFG' web1 cat /proc/1/comm | grep -qx tini && ssh -F '$CFG' web2 cat /proc/1/comm | grep -qx tini"
check "PID namespaces differ" sh -c "[ \"\$(ssh -F '$CFG' web1 readlink /proc/1/ns/pid)\" != \"\$(ssh -F '$CFG' web2 readlink /proc/1/ns/pid)\" ]"
check "machine-ids differ" sh -c "[ \"\$(ssh -F '$CFG' web1 cat /etc/machine-id)\" != \"\$(ssh -F '$CFG' web2 cat /etc/machine-id)\" ]"

echo "== services"
for h in web1 web2; do
  check "$h: nginx running" S "$h" service nginx status
  check "$h: supervisor running" S "$h" 'kill -0 "$(cat /run/supervisord.pid)"'
  check "$h: nginx answers on port 80" S "$h" \
    "python3 -c 'import urllib.request; urllib.request.urlopen(\"http://127.0.0.1/\", timeout=5)'"
done
for s in hobo authentic2-multitenant wcs combo fargo passerelle chrono bijoe; do
  check "web1: $s running" S web1 service "$s" status
done
check "web1: hobo-agent RUNNING under supervisor" sh -c "ssh -F '$CFG' web1 supervisorctl status hobo-agent | grep -q RUNNING"
check "web2: bare (no Publik)" sh -c "! ssh -F '$CFG' web2 test -e /etc/init.d/combo"
check "web1: users have the deployment's ids" sh -c \
  "ssh -F '$CFG' web1 getent passwd authentic-multitenant | grep -q '^authentic-multitenant:x:2103:2103:'"

echo "== share"
check "write on web1" S web1 'echo lab-share-test >/srv/nfs/selftest.txt'
check "read on web2" sh -c "[ \"\$(ssh -F '$CFG' web2 cat /srv/nfs/selftest.txt)\" = lab-share-test ]"
check "delete on web2" S web2 rm /srv/nfs/selftest.txt
check "gone on web1" S web1 '! test -e /srv/nfs/selftest.txt'

echo "== database"
# A settings.d snippet written by hand (Python literals, as a tool would).
PW=$(bash -c "$("$LAB" db-env)"'; printf %s "$PUBLIK_DB_PASSWORD_COMBO"')
python3 - "$PW" "$("$LAB" db-host)" "$("$LAB" db-port)" >"$TMP/snippet.py" <<'EOF'
import sys
pw, host, port = sys.argv[1:]
for k, v in (("NAME", "combo"), ("USER", "combo"), ("PASSWORD", pw), ("HOST", host), ("PORT", port)):
    print('DATABASES["default"][%r] = %r' % (k, v))
EOF
check "write settings.d snippet in /tmp of web1" S web1 'mkdir -p /tmp/selftest-db && cat >/tmp/selftest-db/lab.py' <"$TMP/snippet.py"
check "db-check web1 combo" "$LAB" db-check web1 combo /tmp/selftest-db
sed 's/\(PASSWORD.*= \).*/\1"wrong"/' "$TMP/snippet.py" | S web1 'cat >/tmp/selftest-db/lab.py'
check "db-check refuses a wrong password" sh -c "! '$LAB' db-check web1 combo /tmp/selftest-db"

echo "== fail-service"
check "fail-service web1 combo" "$LAB" fail-service web1 combo
check "service combo stop" S web1 service combo stop
check "service combo start refused" sh -c "! ssh -F '$CFG' web1 service combo start"
check "heal-service web1 combo" "$LAB" heal-service web1 combo
check "service combo start" S web1 service combo start
check "service combo status" S web1 service combo status

echo "== manifest"
for h in web1 web2; do
  "$LAB" manifest "$h" >"$TMP/m1.$h"; "$LAB" manifest "$h" >"$TMP/m2.$h"
  check "$h: manifest stable when taken twice" cmp "$TMP/m1.$h" "$TMP/m2.$h"
  check "$h: manifest lists /etc/passwd" grep -q '^/etc/passwd	f' "$TMP/m1.$h"
done
check "web1: manifest sees /etc/combo and tenant data" sh -c \
  "grep -q '^/etc/combo/settings.py	f' '$TMP/m1.web1' && grep -q '^/var/lib/combo/tenants/' '$TMP/m1.web1'"

echo "== reset"
S web1 'echo change >>/etc/combo/settings.py; echo x >/srv/nfs/junk; rm -rf /var/lib/wcs'
"$LAB" manifest web1 >"$TMP/m3.web1"
check "a change shows in the manifest" sh -c "! cmp -s '$TMP/m1.web1' '$TMP/m3.web1'"
check "lab reset single-host" "$LAB" reset single-host
for h in web1 web2; do
  "$LAB" manifest "$h" >"$TMP/m4.$h"
  check "$h: manifest back to the initial one" cmp "$TMP/m1.$h" "$TMP/m4.$h"
done
check "web1: combo running after reset" S web1 service combo status
check "lab reset bare" "$LAB" reset bare
check "web1 is bare after reset bare" sh -c "! ssh -F '$CFG' web1 test -e /etc/init.d/combo"

echo "== CPU cap (PUBLIK_LAB_HOST_CPU)"
# busy_cpu HOST MIN MAX: a busy loop of 2 s in HOST gets between MIN and MAX seconds of
# CPU (0.2 s at most at 0.1 core: an upper bound that holds however loaded the machine is).
busy_cpu() {
  local c
  c=$(S "$1" "bash -c 'TIMEFORMAT=%U; time timeout 2 sh -c \"while :; do :; done\"' 2>&1 | tail -1")
  echo "CPU time of the loop: $c s"
  awk -v c="$c" -v lo="$2" -v hi="$3" 'BEGIN { exit !(c >= lo && c < hi) }'
}
if env PUBLIK_LAB_HOST_CPU=0.1 "$LAB" reset bare >"$TMP/cap" 2>&1; then
  ok "lab reset with PUBLIK_LAB_HOST_CPU=0.1"
  check "status shows the cap" sh -c "'$LAB' status | grep -q '^web2: .*CPU capped at 0.10 core'"
  check "a capped host's session runs in its lab cgroup" sh -c "ssh -F '$CFG' web2 cat /proc/self/cgroup | grep -q ':/publik-ha-lab/web2\$'"
  check "a busy loop of 2 s in web2 gets under 0.5 s of CPU" busy_cpu web2 0.01 0.5
  check "lab reset without it: no cap" env -u PUBLIK_LAB_HOST_CPU "$LAB" reset bare
  check "status shows no cap" sh -c "! '$LAB' status | grep -q 'CPU capped'"
  # Uncapped, the CPU a loop gets depends on what else the machine runs: the proof is
  # where the host's sessions run (no lab cgroup), not a timing.
  check "an uncapped host's session is in no lab cgroup" sh -c "! ssh -F '$CFG' web2 cat /proc/self/cgroup | grep -q publik-ha-lab"
elif grep -q 'the CPU cap is not available here' "$TMP/cap"; then
  # A machine (or container) without a CPU controller to use: the lab says so.
  echo "skip  CPU cap: $(grep -o 'the CPU cap is not available here.*' "$TMP/cap")"
  check "lab reset without PUBLIK_LAB_HOST_CPU" env -u PUBLIK_LAB_HOST_CPU "$LAB" reset bare
else
  bad "lab reset with PUBLIK_LAB_HOST_CPU=0.1"; tail -15 "$TMP/cap" | sed 's/^/      /'
  check "lab reset without PUBLIK_LAB_HOST_CPU" env -u PUBLIK_LAB_HOST_CPU "$LAB" reset bare
fi

if [ -n "${PUBLIK_LAB_KEEP_UP:-}" ]; then
  echo "== (lab left up)"
else
  echo "== down"
  check "lab down" "$LAB" down
  check "lab down again (idempotent)" "$LAB" down
  LABDIR=${PUBLIK_LAB_DIR:-/var/tmp/publik-ha-lab}
  check "no mount of the lab left" sh -c "! grep -q '$LABDIR' /proc/self/mountinfo"
  check "no lab netns left" sh -c "! ip netns list | grep -q phwlab"
  check "no lab bridge left" sh -c "! ip link show phwlab0 >/dev/null 2>&1"
  check "no lab cgroup left" sh -c "! test -e /sys/fs/cgroup/publik-ha-lab && ! test -e /sys/fs/cgroup/cpu/publik-ha-lab"
  # Live processes only: orphans of the machine's own PID 1 may stay zombies.
  check "no lab process left" no_lab_process "$LABDIR"
fi

if [ "$FAILED" = 0 ]; then echo "selftest: all checks passed"; else echo "selftest: FAILED"; fi
exit "$FAILED"
