#!/usr/bin/env bash
# Release check: smoke-test the frozen Linux build on a CLEAN machine. `scripts/release-smoke`
# runs on the build machine, which has every library Qt wants, so it cannot show that a
# laptop set up by docs/deploy.md is enough. This script:
#
#   1. makes a minimal Debian root with debootstrap (--variant=minbase) in a temporary folder;
#   2. mounts /proc, /sys and /dev into it;
#   3. installs only installers/linux/debian-packages.txt (the list in docs/deploy.md),
#      without recommends;
#   4. runs installers/smoke_test.py --chroot ROOT on the release tarball: the frozen app
#      (--version, --demo --smoke-test, connect, sync, check) runs inside the root, headless,
#      and the yjdesk-server from the virtualenv runs outside on 127.0.0.1;
#   5. unmounts everything and deletes the root (unless --keep-root or --root).
#
# Needs root (debootstrap, chroot, mount), debootstrap, network access to the Debian mirror.
#
#   scripts/build-linux && sudo installers/linux/clean_root_smoke.sh
#   sudo installers/linux/clean_root_smoke.sh --root /tmp/cleanroot   # reuse/keep this root
#   sudo installers/linux/clean_root_smoke.sh --packages ''           # nothing installed
#
# Environment: YJDESK_DEBIAN_MIRROR (default http://deb.debian.org/debian),
# YJDESK_DEBIAN_SUITE (default bookworm). Other arguments go to smoke_test.py (--keep).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

root="" keep_root=0 packages=""
packages_given=0
smoke_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root=$2; keep_root=1; shift 2 ;;
    --keep-root) keep_root=1; shift ;;
    --packages) packages=$2; packages_given=1; shift 2 ;;
    *) smoke_args+=("$1"); shift ;;
  esac
done
if [ "$packages_given" = 0 ]; then
  packages=$(grep -v '^\s*#' installers/linux/debian-packages.txt | xargs)
  for pkg in $packages; do   # the list IT reads must be the list tested here
    for doc in docs/deploy.md installers/linux/README.txt; do
      grep -qw -- "$pkg" "$doc" || { echo "clean-root: $doc does not list $pkg" >&2; exit 1; }
    done
  done
fi
mirror=${YJDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=${YJDESK_DEBIAN_SUITE:-bookworm}

say() { echo "clean-root: $*"; }
die() { echo "clean-root: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "run as root (debootstrap, chroot and mount need it)"
command -v debootstrap >/dev/null || die "debootstrap is missing: apt-get install debootstrap"
[ -x .venv/bin/yjdesk-server ] || die "no .venv/bin/yjdesk-server: run scripts/bootstrap"
version=$(.venv/bin/python -c 'import yjdesk; print(yjdesk.__version__)')
tarball="$repo/dist/yjdesk-${version}-linux-$(uname -m).tar.gz"
[ -f "$tarball" ] || die "no $tarball: run scripts/build-linux first"

if [ -z "$root" ]; then
  root=$(mktemp -d /tmp/yjdesk-cleanroot.XXXXXX)
fi
root=$(realpath "$root")
case "$root" in "$repo"|"$repo"/*|/) die "the root must be outside the repository: $root" ;; esac

mounted=()
cleanup() {
  local i
  for ((i=${#mounted[@]}-1; i>=0; i--)); do
    umount -R "${mounted[$i]}" 2>/dev/null || umount -lR "${mounted[$i]}" || true
  done
  if [ "$keep_root" = 0 ]; then
    if findmnt -rno TARGET | grep -q "^$root/"; then
      echo "clean-root: something is still mounted under $root; not deleting it" >&2
    else
      rm -rf --one-file-system "$root"
      say "removed $root"
    fi
  else
    say "kept $root"
  fi
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
  say "debootstrap --variant=minbase $suite $root $mirror"
  debootstrap --variant=minbase "$suite" "$root" "$mirror" > "$root.debootstrap.log" 2>&1 \
    || { tail -20 "$root.debootstrap.log" >&2; die "debootstrap failed"; }
  rm -f "$root.debootstrap.log"
fi

mkdir -p "$root/proc" "$root/sys" "$root/dev"
mount -t proc proc "$root/proc"; mounted+=("$root/proc")
mount -t sysfs sysfs "$root/sys"; mounted+=("$root/sys")
mount --rbind /dev "$root/dev"; mounted+=("$root/dev")
mount --make-rslave "$root/dev"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"

if [ -n "$packages" ]; then
  say "apt-get install --no-install-recommends $packages"
  # shellcheck disable=SC2086
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    sh -c "apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $packages" \
    > "$root/tmp/apt.log" 2>&1 || { tail -20 "$root/tmp/apt.log" >&2; die "apt-get failed"; }
else
  say "installing no packages"
fi
say "root: Debian $(cat "$root/etc/debian_version"), $(chroot "$root" dpkg-query -f '.\n' -W | wc -l) packages"

say "smoke test inside the root"
if ! .venv/bin/python installers/smoke_test.py --tarball "$tarball" --chroot "$root" \
    ${smoke_args[@]+"${smoke_args[@]}"}; then
  keep_root=1   # keep the root and smoke_test.py's files in it for a look
  die "FAILED on a clean $suite root with: ${packages:-no packages}"
fi
say "PASSED on a clean $suite root with: ${packages:-no packages}"
