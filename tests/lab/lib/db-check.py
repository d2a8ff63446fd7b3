#!/usr/bin/env python3
"""db-check.py SETTINGS_DIR - runs inside a lab host.

Executes SETTINGS_DIR/*.py in name order the way a Publik Django settings.py
does (in a namespace that already holds DATABASES = {"default": {...}}),
then connects to PostgreSQL with psycopg2 using the resulting NAME, USER,
PASSWORD, HOST and PORT, and prints who it is connected as.
Exit 0 when the connection works, 1 otherwise.
"""
import glob, os, sys
import psycopg2

d = sys.argv[1]
files = sorted(glob.glob(os.path.join(d, "*.py")))
if not files:
    sys.exit("db-check: no *.py in %s" % d)
ns = {"__name__": "settings", "DATABASES": {"default": {"ENGINE": "django.db.backends.postgresql"}}}
for f in files:
    with open(f, "rb") as fh:
        exec(compile(fh.read(), f, "exec"), ns)
db = ns["DATABASES"]["default"]
missing = [k for k in ("NAME", "USER", "PASSWORD", "HOST", "PORT") if k not in db]
if missing:
    sys.exit("db-check: %s does not set DATABASES['default'][%s]" % (d, ", ".join(missing)))
try:
    conn = psycopg2.connect(dbname=db["NAME"], user=db["USER"], password=db["PASSWORD"],
                            host=db["HOST"], port=str(db["PORT"]), connect_timeout=10)
    cur = conn.cursor()
    cur.execute("SELECT current_user, current_database()")
    user, name = cur.fetchone()
    conn.close()
except Exception as e:
    sys.exit("db-check: connection refused for %s: %s" % (d, str(e).strip()))
print("db-check: ok, connected to %s:%s as %s to %s" % (db["HOST"], db["PORT"], user, name))
