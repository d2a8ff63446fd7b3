#!/usr/bin/env python3
"""Print the lab's manifest of this host, sorted, one path per line.

Runs inside a lab host.  Covers /etc, /var/lib, /var/www and the share
(/srv/nfs), which include /etc/passwd and /etc/group.  Symlinks are never
followed.  Fields, tab-separated:
  path  type  mode  uid:gid(user:group)  size  sha256-or-link-target
type: f file, d directory, l symlink, p fifo, s socket, c/b device.
size is given for files and symlinks only (a directory's size depends on its
history, not its content).  Paths are printed with backslash escapes for
bytes that are not printable ASCII.
"""
import grp, hashlib, os, pwd, stat, sys

ROOTS = ["/etc", "/var/lib", "/var/www", "/srv/nfs"]
# Left out, volatile by nature (see tests/lab/README.md for the reasons).
EXCLUDED = {
    "/var/lib/apt", "/var/lib/dpkg", "/var/log", "/var/cache", "/run",
    "/var/lib/publik-ha-wizard", "/srv/nfs/.publik-ha-wizard",
    "/etc/passwd-", "/etc/group-", "/etc/shadow-", "/etc/gshadow-",
    "/etc/subuid-", "/etc/subgid-",
}

users, groups = {}, {}
def uname(uid):
    if uid not in users:
        try: users[uid] = pwd.getpwuid(uid).pw_name
        except KeyError: users[uid] = "?"
    return users[uid]
def gname(gid):
    if gid not in groups:
        try: groups[gid] = grp.getgrgid(gid).gr_name
        except KeyError: groups[gid] = "?"
    return groups[gid]

def esc(b):
    out = []
    for c in b:
        if c == 0x5c: out.append("\\\\")
        elif 0x21 <= c < 0x7f or c == 0x20: out.append(chr(c))
        else: out.append("\\x%02x" % c)
    return "".join(out)

def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk: break
            h.update(chunk)
    return h.hexdigest()

TYPES = [(stat.S_ISREG, "f"), (stat.S_ISDIR, "d"), (stat.S_ISLNK, "l"), (stat.S_ISFIFO, "p"),
         (stat.S_ISSOCK, "s"), (stat.S_ISCHR, "c"), (stat.S_ISBLK, "b")]

lines = []
def entry(path, st):
    t = next(c for f, c in TYPES if f(st.st_mode))
    owner = "%d:%d(%s:%s)" % (st.st_uid, st.st_gid, uname(st.st_uid), gname(st.st_gid))
    size, extra = "-", "-"
    if t == "f":
        size, extra = str(st.st_size), sha256(path)
    elif t == "l":
        target = os.readlink(path)
        size, extra = str(len(target)), "-> " + esc(target)
    elif t in "cb":
        extra = "%d,%d" % (os.major(st.st_rdev), os.minor(st.st_rdev))
    lines.append((path, "%s\t%s\t%04o\t%s\t%s\t%s" % (esc(path), t, stat.S_IMODE(st.st_mode), owner, size, extra)))

def walk(path):
    st = os.lstat(path)
    entry(path, st)
    if stat.S_ISDIR(st.st_mode):
        with os.scandir(path) as it:
            names = [e.name for e in it]
        for n in names:
            p = os.path.join(path, n)
            if os.fsdecode(p) in EXCLUDED: continue
            walk(p)

for r in ROOTS:
    if os.path.lexists(r):
        walk(os.fsencode(r))
lines.sort(key=lambda x: x[0])
out = sys.stdout
for _, l in lines:
    out.write(l + "\n")
