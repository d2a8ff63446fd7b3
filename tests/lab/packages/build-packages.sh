#!/bin/sh
# build-packages.sh OUTDIR
#
# Builds the lab's stand-in Publik packages (Architecture: all) described by
# packages.txt and crons.txt beside this script into OUTDIR/*.deb.
# They behave like the real ones where the HA procedure looks:
#   - the postinst creates the package's system user only when it is absent,
#     creates /var/lib/<package> owned by it, registers and starts the service;
#   - conffiles /etc/<package>/settings.py (+ an empty settings.d/), the init
#     script and the cron files;
#   - /etc/init.d/<package> starts a small daemon (no network) with a pidfile
#     and refuses to start when /etc/<package> or /var/lib/<package> is
#     missing, or when the lab's flag /run/publik-lab/fail/<package> exists;
#   - hobo-agent runs under supervisor and its postinst fails when
#     supervisor is not running;
#   - postrm purge removes what the postinst created, except the user.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$1
VERSION=1.0-1lab
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# crons_of PACKAGE: the cron files the package ships.
crons_of() {
  awk -v p="$1" '$1 == p { print $2 }' "$HERE/crons.txt"
}

write_control() { # dir package depends description
  mkdir -p "$1/DEBIAN"
  {
    echo "Package: $2"
    echo "Version: $VERSION"
    echo "Architecture: all"
    echo "Maintainer: Publik HA lab <lab@localhost>"
    [ "$3" = "-" ] || echo "Depends: $(echo "$3" | sed 's/,/, /g')"
    echo "Section: web"
    echo "Priority: optional"
    echo "Description: $4"
    echo " Stand-in package of the publik-ha-wizard test lab. Not the real $2."
  } >"$1/DEBIAN/control"
}

# The daemon of a service: refuses to run without its directories, then idles
# until TERM.  It never listens on the network.
write_daemon() { # dir package
  mkdir -p "$1/usr/lib/$2"
  cat >"$1/usr/lib/$2/standin-daemon" <<EOF
#!/bin/sh
# Stand-in daemon of $2 (publik-ha-wizard lab).
name=$2
[ -e "/run/publik-lab/fail/\$name" ] && { echo "\$name: lab fail flag set, refusing to run" >&2; exit 1; }
for d in /etc/\$name \$STANDIN_DATA_DIR; do
  [ -d "\$d" ] || { echo "\$name: \$d is missing, refusing to run" >&2; exit 1; }
done
child=
trap '[ -n "\$child" ] && kill "\$child" 2>/dev/null; exit 0' TERM INT
while :; do
  sleep 3600 &
  child=\$!
  wait "\$child"
done
EOF
  chmod 755 "$1/usr/lib/$2/standin-daemon"
}

write_settings() { # dir package
  mkdir -p "$1/etc/$2/settings.d"
  cat >"$1/etc/$2/settings.py" <<EOF
# Settings of $2 (publik-ha-wizard lab stand-in).
# Like the real package, local settings go into settings.d/*.py, read in
# name order after this file, e.g.
#   DATABASES["default"]["PASSWORD"] = "..."
import glob as _glob
import os as _os

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "$(echo "$2" | tr '-' '_')",
    }
}

for _f in sorted(_glob.glob(_os.path.join(_os.path.dirname(__file__), "settings.d", "*.py"))):
    with open(_f, "rb") as _fh:
        exec(compile(_fh.read(), _f, "exec"))
EOF
  echo "/etc/$2/settings.py" >>"$1/DEBIAN/conffiles"
}

write_crons() { # dir package user
  for c in $(crons_of "$2"); do
    mkdir -p "$1$(dirname "$c")"
    case $c in
      /etc/cron.d/*)
        cat >"$1$c" <<EOF
# Periodic jobs of $2 (lab stand-in): they act on shared data, so they
# must run on exactly one host.
SHELL=/bin/sh
PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin
*/5 * * * * $3 test -d /var/lib/$2 && true
0 3 * * * $3 test -d /var/lib/$2 && true
EOF
        chmod 644 "$1$c" ;;
      *)
        cat >"$1$c" <<EOF
#!/bin/sh
# Hourly job of $2 (lab stand-in): acts on shared data, one host only.
test -d /var/lib/$2 || exit 0
exit 0
EOF
        chmod 755 "$1$c" ;;
    esac
    echo "$c" >>"$1/DEBIAN/conffiles"
  done
}

write_initscript() { # dir package user
  mkdir -p "$1/etc/init.d"
  cat >"$1/etc/init.d/$2" <<EOF
#!/bin/sh
### BEGIN INIT INFO
# Provides:          $2
# Required-Start:    \$local_fs \$remote_fs \$network \$syslog
# Required-Stop:     \$local_fs \$remote_fs \$network \$syslog
# Default-Start:     2 3 4 5
# Default-Stop:      0 1 6
# Short-Description: $2 (publik-ha-wizard lab stand-in)
### END INIT INFO
NAME=$2
USER=$3
DAEMON=/usr/lib/$2/standin-daemon
PIDFILE=/run/$2.pid

do_start() {
  if start-stop-daemon --status --pidfile "\$PIDFILE"; then
    echo "\$NAME is already running"; return 0
  fi
  if [ -e "/run/publik-lab/fail/\$NAME" ]; then
    echo "\$NAME: refusing to start (lab fail flag /run/publik-lab/fail/\$NAME)" >&2; return 1
  fi
  for d in /etc/\$NAME /var/lib/\$NAME; do
    if [ ! -d "\$d" ]; then
      echo "\$NAME: refusing to start: \$d is missing" >&2; return 1
    fi
  done
  STANDIN_DATA_DIR=/var/lib/\$NAME start-stop-daemon --start --quiet --background \\
    --make-pidfile --pidfile "\$PIDFILE" --chuid "\$USER" --startas "\$DAEMON" || return 1
  # The daemon is up when its pidfile names a live process.
  i=0
  while ! start-stop-daemon --status --pidfile "\$PIDFILE"; do
    i=\$((i + 1)); [ \$i -lt 50 ] || { echo "\$NAME: did not start" >&2; return 1; }
    sleep 0.1
  done
  echo "Started \$NAME"
}

do_stop() {
  # --retry waits until the process has exited.
  start-stop-daemon --stop --quiet --oknodo --retry TERM/10/KILL/5 --pidfile "\$PIDFILE" || return 1
  rm -f "\$PIDFILE"
  echo "Stopped \$NAME"
}

case "\$1" in
  start) do_start ;;
  stop) do_stop ;;
  restart|force-reload) do_stop && do_start ;;
  status)
    if start-stop-daemon --status --pidfile "\$PIDFILE"; then
      echo "\$NAME is running"; exit 0
    else
      echo "\$NAME is not running"; exit 3
    fi ;;
  *) echo "Usage: /etc/init.d/\$NAME {start|stop|restart|force-reload|status}" >&2; exit 3 ;;
esac
EOF
  chmod 755 "$1/etc/init.d/$2"
  echo "/etc/init.d/$2" >>"$1/DEBIAN/conffiles"
}

write_service_scripts() { # dir package user
  home=/var/lib/$2
  cat >"$1/DEBIAN/postinst" <<EOF
#!/bin/sh
set -e
if [ "\$1" = configure ]; then
  # Create the system user only if absent (its UID depends on install order).
  if ! getent passwd $3 >/dev/null; then
    if getent group $3 >/dev/null; then
      adduser --system --quiet --ingroup $3 --home $home --no-create-home \\
        --disabled-password --gecos "$2 daemon" $3
    else
      adduser --system --quiet --group --home $home --no-create-home \\
        --disabled-password --gecos "$2 daemon" $3
    fi
  fi
  mkdir -p /var/lib/$2
  chown $3: /var/lib/$2
  update-rc.d $2 defaults >/dev/null
  invoke-rc.d $2 start || exit 1
fi
EOF
  cat >"$1/DEBIAN/prerm" <<EOF
#!/bin/sh
set -e
if [ "\$1" = remove ] || [ "\$1" = upgrade ] || [ "\$1" = deconfigure ]; then
  if [ -x /etc/init.d/$2 ]; then invoke-rc.d $2 stop || exit 1; fi
fi
EOF
  cat >"$1/DEBIAN/postrm" <<EOF
#!/bin/sh
set -e
if [ "\$1" = purge ]; then
  update-rc.d $2 remove >/dev/null
  # What the postinst created, except the user (Debian keeps users).
  rm -rf /var/lib/$2
fi
EOF
  chmod 755 "$1/DEBIAN/postinst" "$1/DEBIAN/prerm" "$1/DEBIAN/postrm"
}

build_agent() { # dir package
  d=$1
  write_settings "$d" hobo-agent
  write_daemon "$d" hobo-agent
  mkdir -p "$d/etc/supervisor/conf.d"
  cat >"$d/etc/supervisor/conf.d/hobo-agent.conf" <<'EOF'
; hobo-agent (publik-ha-wizard lab stand-in), run by supervisor.
[program:hobo-agent]
command=/usr/lib/hobo-agent/standin-daemon
user=root
autostart=true
autorestart=true
startsecs=1
startretries=3
stopsignal=TERM
stopwaitsecs=10
redirect_stderr=true
EOF
  echo /etc/supervisor/conf.d/hobo-agent.conf >>"$d/DEBIAN/conffiles"
  cat >"$d/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  # Like the real package: supervisor must be running.
  if ! supervisorctl pid >/dev/null 2>&1 || ! kill -0 "$(supervisorctl pid 2>/dev/null)" 2>/dev/null; then
    echo "hobo-agent: supervisor is not running, cannot register hobo-agent" >&2
    exit 1
  fi
  supervisorctl update hobo-agent >/dev/null
fi
EOF
  cat >"$d/DEBIAN/prerm" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = deconfigure ]; then
  supervisorctl stop hobo-agent >/dev/null 2>&1 || true
fi
EOF
  cat >"$d/DEBIAN/postrm" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = purge ]; then
  supervisorctl update >/dev/null 2>&1 || true
fi
EOF
  chmod 755 "$d/DEBIAN/postinst" "$d/DEBIAN/prerm" "$d/DEBIAN/postrm"
}

build_extra() { # dir package
  case $2 in
    wcs-au-quotidien) f=/usr/share/wcs/au-quotidien/README ;;
    publik-base-theme) f=/usr/share/publik/themes/publik-base/README ;;
    python3-combo-plugin-macollectivite) f=/usr/lib/python3/dist-packages/combo_plugin_macollectivite/__init__.py ;;
    *) f=/usr/share/doc/$2/README.lab ;;
  esac
  mkdir -p "$1$(dirname "$f")"
  echo "# $2: publik-ha-wizard lab stand-in" >"$1$f"
}

mkdir -p "$OUT"
grep -v '^[[:space:]]*#' "$HERE/packages.txt" | while read -r pkg kind user depends; do
  [ -n "$pkg" ] || continue
  d=$WORK/$pkg
  mkdir -p "$d/DEBIAN"
  : >"$d/DEBIAN/conffiles"
  case $kind in
    service)
      write_control "$d" "$pkg" "$depends" "Publik component $pkg (lab stand-in)"
      write_settings "$d" "$pkg"
      write_daemon "$d" "$pkg"
      write_initscript "$d" "$pkg" "$user"
      write_crons "$d" "$pkg" "$user"
      write_service_scripts "$d" "$pkg" "$user" ;;
    agent)
      write_control "$d" "$pkg" "$depends" "Publik agent $pkg (lab stand-in)"
      build_agent "$d" "$pkg" ;;
    extra)
      write_control "$d" "$pkg" "$depends" "Publik extra $pkg (lab stand-in)"
      build_extra "$d" "$pkg" ;;
    *) echo "unknown kind $kind for $pkg" >&2; exit 1 ;;
  esac
  [ -s "$d/DEBIAN/conffiles" ] || rm -f "$d/DEBIAN/conffiles"
  # Deterministic ownership and timestamps.
  find "$d" -exec touch -h -d @1700000000 {} +
  dpkg-deb --root-owner-group -Zgzip --build "$d" "$OUT/${pkg}_${VERSION}_all.deb" >/dev/null
  echo "built $pkg"
done
