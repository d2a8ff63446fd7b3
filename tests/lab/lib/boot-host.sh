#!/bin/sh
# boot-host.sh HOST IMAGE RUNDIR SHARE REPO LIB
#
# Runs as PID 1 of a fresh PID namespace, in the host's own mount, UTS and
# network namespaces (see `lab` host_start).  Assembles the host's root
# filesystem (overlay of IMAGE and RUNDIR/upper), mounts /proc, /dev, /run,
# /tmp, the share at /srv/nfs, the local APT repository and the lab's helper
# scripts, then chroots and execs tini, which runs the host's init script.
# Every mount is made in this private mount namespace: they all disappear
# when the namespace's last process exits.
set -eu
host=$1 image=$2 rundir=$3 share=$4 repo=$5 lib=$6
root=$rundir/root

hostname "$host"
mount -t overlay overlay -o "lowerdir=$image,upperdir=$rundir/upper,workdir=$rundir/work" "$root"
mount -t proc proc "$root/proc"
mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$root/sys" 2>/dev/null || true

# A minimal /dev of our own.
mount -t tmpfs -o mode=755,nosuid tmpfs "$root/dev"
for n in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
  name=${n%%:*}; mm=${n#*:}
  mknod -m 666 "$root/dev/$name" c "${mm%:*}" "${mm#*:}"
done
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5 devpts "$root/dev/pts"
ln -s pts/ptmx "$root/dev/ptmx"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/dev/shm"
ln -s /proc/self/fd "$root/dev/fd"
ln -s /proc/self/fd/0 "$root/dev/stdin"
ln -s /proc/self/fd/1 "$root/dev/stdout"
ln -s /proc/self/fd/2 "$root/dev/stderr"

mount -t tmpfs -o mode=755,nosuid,nodev tmpfs "$root/run"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/tmp"

# The share stands in for NFS; the repository and helpers are read-only.
mount --bind "$share" "$root/srv/nfs"
mount --bind "$repo" "$root/srv/lab-repo"
mount -o remount,bind,ro "$root/srv/lab-repo"
mount --bind "$lib" "$root/usr/local/lib/publik-lab"
mount -o remount,bind,ro "$root/usr/local/lib/publik-lab"

exec chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LC_ALL=C.UTF-8 /usr/bin/tini -- /bin/sh /usr/local/lib/publik-lab/host-init.sh
