#!/bin/bash
# lab_exported_sql: `export --sql` applied twice to the lab's PostgreSQL with psql -v (the
# passwords as psql variables, with quotes and backslashes in them), then each Django
# component's settings from the plan connect with them (executed as Django does, then psql).
# Scratch roles and databases (phwsql_*), dropped at the end; the lab's own roles are not
# touched. Only the lab's PostgreSQL is used (no host is started). Needs root.
set -euo pipefail
exe=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/../lab/lab
[ "$(id -u)" = 0 ] || { echo "lab_exported_sql: needs root (the lab's PostgreSQL)" >&2; exit 1; }
work=$(mktemp -d)
chmod 755 "$work"
canary='Canari-7f3a9-mot-de-passe'
had_wcs=

cleanup() {
  if [ -f "$work/drop.sql" ]; then
    "$lab" db-psql -q -v ON_ERROR_STOP=0 <"$work/drop.sql" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$lab" db-passwords >/dev/null 2>&1 # the lab's cluster up (and its own roles as they were)
host=$("$lab" db-host)
port=$("$lab" db-port)
# The lab's address when the cluster listens there (it does when it started with the lab's
# network up); else the cluster's loopback address.
pg_isready -q -h "$host" -p "$port" -t 5 || host=127.0.0.1
if [ "$("$lab" db-psql -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'wcs'")" = 1 ]; then
  had_wcs=1
fi

# The seed deployment on the lab's cluster, every role and database a scratch one.
python3 - "$here/../../examples/seed.json" "$host" "$port" >"$work/deployment.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["name"] = "phwsqltest"
d["database"]["host"] = sys.argv[2]
d["database"]["port"] = int(sys.argv[3])
for c, access in d["database"]["components"].items():
    access["name"] = "phwsql_" + access["name"]
    access["user"] = "phwsql_" + access["user"]
json.dump(d, sys.stdout, indent=1)
PY

# Each component's password: quotes, a backslash, a dollar, a space; the canary in the
# environment of the export, which must not write it anywhere.
declare -A password
vars=()
for c in $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join(list(d["database"]["components"]) + ["wcs"]))' "$work/deployment.json"); do
  v=PUBLIK_DB_PASSWORD_$(echo "$c" | tr 'a-z-' 'A-Z_')
  password[$v]="pw '$c\" \\ \$x"
  vars+=("$v")
done
env_canary=()
for v in "${vars[@]}"; do env_canary+=("$v=$canary"); done
env "${env_canary[@]}" "$exe" export "$work/deployment.json" --sql "$work/roles.sql" >"$work/export.out"
if grep -q "$canary" "$work/roles.sql" "$work/export.out"; then
  echo "FAIL: the canary password is in the exported SQL" >&2; exit 1
fi

# What to drop at the end (also after a failure).
{
  python3 - "$work/deployment.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for access in d["database"]["components"].values():
    print('DROP DATABASE IF EXISTS "%s";' % access["name"])
    print('DROP ROLE IF EXISTS "%s";' % access["user"])
PY
  [ -n "$had_wcs" ] || echo 'DROP ROLE IF EXISTS "wcs";'
} >"$work/drop.sql"

psql_args=(-q -v ON_ERROR_STOP=1)
for v in "${vars[@]}"; do psql_args+=(-v "$v=${password[$v]}"); done
for round in 1 2; do
  if ! "$lab" db-psql "${psql_args[@]}" <"$work/roles.sql" >"$work/psql-$round.out" 2>&1; then
    echo "FAIL: round $round of the exported SQL:" >&2; cat "$work/psql-$round.out" >&2; exit 1
  fi
  grep -q 'rôles prêts\|roles ready' "$work/psql-$round.out" \
    || { echo "FAIL: round $round did not end" >&2; cat "$work/psql-$round.out" >&2; exit 1; }
done

# A missing password variable: refused before anything changes.
if "$lab" db-psql -q -v ON_ERROR_STOP=1 <"$work/roles.sql" >"$work/missing.out" 2>&1; then
  echo "FAIL: the SQL ran without its password variables" >&2; exit 1
fi
grep -q 'PUBLIK_DB_PASSWORD_' "$work/missing.out" || { cat "$work/missing.out" >&2; exit 1; }

# Owners, encoding, template and w.c.s.'s CREATEDB, as the DBA would check them.
checks=$("$lab" db-psql -tA <<'SQL'
SELECT d.datname || ' ' || r.rolname || ' ' || pg_encoding_to_char(d.encoding)
  FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE d.datname LIKE 'phwsql\_%' ORDER BY 1;
SELECT 'wcs createdb ' || rolcreatedb FROM pg_roles WHERE rolname = 'wcs';
SQL
)
echo "$checks"
[ "$(echo "$checks" | grep -c ' UTF8$')" = 7 ] || { echo "FAIL: 7 UTF-8 databases expected" >&2; exit 1; }
echo "$checks" | grep -q '^phwsql_combo phwsql_combo UTF8$' || { echo "FAIL: combo's owner" >&2; exit 1; }
echo "$checks" | grep -q '^wcs createdb true$' || { echo "FAIL: wcs without CREATEDB" >&2; exit 1; }

# Each Django component's settings, as the plan writes them, connect with its password.
"$exe" plan "$work/deployment.json" --json >"$work/plan.json"
for v in "${vars[@]}"; do export "$v=${password[$v]}"; done
python3 - "$work/plan.json" "$work/settings" <<'PY'
import json, os, sys
plan = json.load(open(sys.argv[1]))
n = 0
for step in plan["steps"]:
    for f in step["files"]:
        if "/settings.d/" not in f["path"]:
            continue
        content = f["content"]
        for var in f["secrets"]:
            content = content.replace("\u00ab%s\u00bb" % var, repr(os.environ[var]))
        d = os.path.join(sys.argv[2], step["id"])
        os.makedirs(d)
        open(os.path.join(d, "phwsqltest.py"), "w").write(content)
        n += 1
print("settings files:", n)
PY
# Each settings file executed as Django reads settings.d (a DATABASES dict already there),
# then psql connects with what it yields (the password in PGPASSWORD, never on a line).
ok=$(python3 - "$work/settings" <<'PY'
import glob, os, subprocess, sys
ok = 0
for d in sorted(glob.glob(os.path.join(sys.argv[1], "*"))):
    ns = {"DATABASES": {"default": {"ENGINE": "django.db.backends.postgresql"}}}
    for f in sorted(glob.glob(os.path.join(d, "*.py"))):
        exec(compile(open(f).read(), f, "exec"), ns)
    db = ns["DATABASES"]["default"]
    env = dict(os.environ, PGPASSWORD=db["PASSWORD"], PGCONNECT_TIMEOUT="10")
    r = subprocess.run(["psql", "-X", "-tA", "-h", db["HOST"], "-p", str(db["PORT"]), "-U", db["USER"],
                        "-d", db["NAME"], "-c", "SELECT current_user || ' ' || current_database()"],
                       env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write("%s: %s" % (os.path.basename(d), r.stderr))
        continue
    sys.stderr.write("%s: connected as %s" % (os.path.basename(d), r.stdout))
    ok += 1
print(ok)
PY
)
[ "$ok" = 7 ] || { echo "FAIL: $ok settings connected, 7 expected" >&2; exit 1; }
echo "lab_exported_sql: ok (applied twice, $ok components connect)"
