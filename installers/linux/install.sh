#!/bin/sh
# Install yjdesk machine-wide from this unpacked tarball (run as root):
#   sudo ./install.sh [PREFIX]     (PREFIX defaults to /opt/yjdesk)
# Installs the program folder, a `yjdesk` command in /usr/local/bin, the menu entry and
# icon. Per-user data stays in each user's ~/.local/share/yjdesk and is never touched here.
# Machine-wide settings (server URL, CA bundle, locked keys) go in /etc/xdg/yjdesk/config.json
# (see docs/deploy.md); this script creates the folder but never overwrites a config.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-/opt/yjdesk}
if [ "$(id -u)" -ne 0 ]; then
  echo "install.sh: run as root (sudo ./install.sh)" >&2
  exit 1
fi
tmp="${prefix}.new.$$"
rm -rf "$tmp"
mkdir -p "$(dirname "$prefix")"
cp -a "$here/yjdesk" "$tmp"
rm -rf "${prefix}.old"
[ -d "$prefix" ] && mv "$prefix" "${prefix}.old"
mv "$tmp" "$prefix"
rm -rf "${prefix}.old"
ln -sf "$prefix/yjdesk" /usr/local/bin/yjdesk
sed "s#/opt/yjdesk#${prefix}#g" "$here/yjdesk.desktop" > /usr/share/applications/yjdesk.desktop
mkdir -p /usr/share/icons/hicolor/scalable/apps
cp "$here/yjdesk.svg" /usr/share/icons/hicolor/scalable/apps/yjdesk.svg
mkdir -p /etc/xdg/yjdesk
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q /usr/share/icons/hicolor || true
fi
echo "yjdesk installed in $prefix: $("$prefix/yjdesk" --version)"
