#!/bin/bash
# The Debian package, end to end (root; ctest label "lab": it uses the lab's base image):
#   1. cpack writes the .deb from this build folder (the CI's ASan build: no second build);
#   2. desktop-file-validate, appstreamcli validate and lintian pass on what it holds (no
#      error; the warnings are printed);
#   3. in a clean Debian 12 root - the lab's cached image as the read-only lower layer of an
#      overlay, thrown away afterwards, with nothing of the build in it - `apt-get install
#      ./publik-ha-wizard_*.deb` fetches the dependencies from the machine's Debian mirror,
#      then `publik-ha-wizard --version`, `plan` on an example, `man publik-ha-wizard` run
#      there, and the wizard without a display says so.
#   bash tests/package/package-test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
lab=$src/tests/lab/lab
LAB_DIR=${PUBLIK_LAB_DIR:-/var/tmp/publik-ha-lab}
image=$LAB_DIR/cache/image
export LC_ALL=C.UTF-8

fail() { printf 'package-test: FAIL: %s\n' "$*" >&2; exit 1; }
step() { printf 'package-test: [%3ds] %s\n' "$SECONDS" "$*"; }

[ "$(id -u)" = 0 ] || fail "needs root (the clean root is an overlay mount)"
for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || fail "$tool is missing (installer/packages-test.txt)"
done

work=$(mktemp -d /var/tmp/phw-package-test.XXXXXX)
root=$work/root
cleanup() {
    umount -R "$root" 2>/dev/null || umount -l "$root" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# 1. The package, from the build as it is.
step "cpack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/publik-ha-wizard_*.deb)
dpkg-deb --info "$deb" | sed 's/^/  /'
dpkg-deb --contents "$deb" | awk '{print "  " $6}'
dpkg-deb --field "$deb" Depends | grep -q 'libqt6widgets6' ||
    fail "Depends lacks the Qt libraries (dpkg-shlibdeps did not run?)"

# 2. The validators, on what the package holds.
step "validators"
mkdir "$work/x"
dpkg-deb -x "$deb" "$work/x"
desktop=$(ls "$work"/x/usr/share/applications/*.desktop)
metainfo=$(ls "$work"/x/usr/share/metainfo/*.metainfo.xml)
desktop-file-validate "$desktop" || fail "desktop-file-validate: $desktop"
# --no-net: the screenshots' URLs are not fetched (CI may have no way out but the mirror).
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate: $metainfo"
# lintian: no error. Warnings are printed (their reasons: README, "The Debian package").
lintian --tag-display-limit 0 -I "$deb" >"$work/lintian.log" 2>&1 || true
sed 's/^/  lintian: /' "$work/lintian.log"
if grep -q '^E: ' "$work/lintian.log"; then fail "lintian reports errors"; fi
for f in usr/share/man/man1/publik-ha-wizard.1.gz usr/share/man/fr/man1/publik-ha-wizard.1.gz \
    usr/share/doc/publik-ha-wizard/copyright usr/share/doc/publik-ha-wizard/changelog.gz \
    usr/share/icons/hicolor/scalable/apps/publik-ha-wizard.svg usr/bin/publik-ha-wizard; do
    [ -e "$work/x/$f" ] || fail "the package lacks /$f"
done
# The man page lists every sub-command, and the exit statuses and environment variables.
page=$(zcat "$work/x/usr/share/man/man1/publik-ha-wizard.1.gz")
for word in validate plan export check apply status rollback '\-\-ssh\-config' '\-\-known\-hosts' \
    '\-\-step\-timeout' 'EXIT STATUS' ENVIRONMENT PUBLIK_HA_LANG PUBLIK_DB_PASSWORD_ 130; do
    grep -qF -- "$word" <<<"$page" || fail "the man page lacks $word"
done

# 3. A clean Debian 12 root: the lab's image (built once into its cache, never changed here).
step "clean root"
"$lab" build-image
mkdir -p "$work/upper" "$work/overlay-work" "$root"
mount -t overlay phw-package-test -o "lowerdir=$image,upperdir=$work/upper,workdir=$work/overlay-work" "$root"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount -t tmpfs tmpfs "$root/tmp"
# The image knows only the lab's repository: the machine's Debian sources (and proxy) instead,
# with the machine's package lists (no apt-get update when they are there) and, as the
# read-only lower layer of the root's apt cache, the .debs the machine has downloaded (the
# Qt libraries, when installer/packages-build.txt was installed here): apt checks their
# hashes, and fetches the rest from the mirror. Debian's files, nothing of the build.
rm -f "$root"/etc/apt/sources.list "$root"/etc/apt/sources.list.d/*
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    if [ -f "$f" ]; then cp "$f" "$root$f"; fi
done
apt-config dump | grep -i '^Acquire::[a-z]*::Proxy ' >"$root/etc/apt/apt.conf.d/99proxy" || true
cp /etc/resolv.conf "$root/etc/resolv.conf"
update="apt-get update -q >/dev/null &&"
if ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
    find /var/lib/apt/lists -maxdepth 1 -type f \( -name '*_Packages*' -o -name '*Release*' \) \
        -exec cp {} "$root/var/lib/apt/lists/" \;
    update=""
fi
archives=/var/cache/apt/archives
if ls "$archives"/*.deb >/dev/null 2>&1; then
    mkdir -p "$work/apt-upper" "$work/apt-work"
    mount -t overlay phw-package-apt \
        -o "lowerdir=$archives,upperdir=$work/apt-upper,workdir=$work/apt-work" "$root$archives"
fi
cp "$deb" "$root/tmp/"
cp "$src/examples/seed.json" "$root/tmp/seed.json"
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive ASAN_OPTIONS=detect_leaks=0 "$@"
}
step "apt-get install ./$(basename "$deb") in the clean root"
in_root sh -c "$update apt-get install -y -q --no-install-recommends \
    /tmp/$(basename "$deb") man-db" >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; fail "apt-get install"; }
grep -E '^(Need to get|After this)' "$work/apt.log" | sed 's/^/  /' || true
[ ! -d "$work/apt-upper" ] || echo "  downloaded: $(find "$work/apt-upper" -name '*.deb' | wc -l) packages"

step "the installed program"
[ ! -e "$root$build" ] || fail "the build folder is visible in the clean root"
version=$(in_root publik-ha-wizard --version --lang en)
printf '%s\n' "$version"
grep -q "^publik-ha-wizard " <<<"$version" || fail "--version: $version"
grep -q "Debian package publik-ha-wizard" <<<"$version" || fail "--version does not say the package"
in_root publik-ha-wizard plan /tmp/seed.json --lang en >"$work/plan.txt" || fail "plan exited $?"
head -3 "$work/plan.txt"
grep -q "Installation plan, deployment macollectivite" "$work/plan.txt" || fail "plan printed no plan"
man=$(in_root man -P cat publik-ha-wizard 2>&1) || fail "man publik-ha-wizard: $man"
grep -q "publik-ha-wizard - " <<<"$man" || fail "man: no NAME line: $man"
grep -q "EXIT STATUS" <<<"$man" || fail "man: no EXIT STATUS"
in_root env LANG=fr_FR.UTF-8 man -L fr -P cat publik-ha-wizard 2>/dev/null | grep -q "CODE DE SORTIE" ||
    fail "man -L fr: no French page"
set +e
nodisplay=$(in_root publik-ha-wizard 2>&1)
code=$?
set -e
if [ "$code" != 1 ] || ! grep -q "session graphique" <<<"$nodisplay"; then
    fail "the wizard without a display (exit $code): $nodisplay"
fi
step "ok"
