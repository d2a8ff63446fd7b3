#!/bin/sh
# host-init.sh - the init script of a lab host (child of tini, PID 1).
# Starts sshd, nginx, supervisor and the installed stand-in Publik services,
# marks /run/publik-lab/booted, then waits.  On TERM (tini forwards it when
# `lab down` signals PID 1) stops them all and exits.
SERVICES="hobo authentic2-multitenant wcs combo fargo passerelle chrono bijoe"
REVERSED="bijoe chrono passerelle fargo combo wcs authentic2-multitenant hobo"

start_all() {
  mkdir -p /run/sshd /run/publik-lab
  /usr/sbin/sshd || echo "host-init: sshd failed to start" >&2
  service nginx start || echo "host-init: nginx failed to start" >&2
  service supervisor start || echo "host-init: supervisor failed to start" >&2
  for s in $SERVICES; do
    if [ -x "/etc/init.d/$s" ]; then
      service "$s" start || echo "host-init: $s failed to start" >&2
    fi
  done
  # The host library's test interruption points work on lab hosts only (phw_test_interrupt).
  touch /run/publik-ha-wizard-test-hooks
  touch /run/publik-lab/booted
}

stop_all() {
  for s in $REVERSED; do
    [ -x "/etc/init.d/$s" ] && service "$s" stop >/dev/null 2>&1
  done
  service supervisor stop >/dev/null 2>&1
  service nginx stop >/dev/null 2>&1
  [ -f /run/sshd.pid ] && kill "$(cat /run/sshd.pid)" 2>/dev/null
  exit 0
}

trap stop_all TERM INT
start_all
while :; do
  sleep 3600 &
  wait $!
done
