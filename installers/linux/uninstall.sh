#!/bin/sh
# Remove yjdesk from this machine (run as root):
#   sudo ./uninstall.sh [PREFIX]              keep every user's data and the machine config
#   sudo ./uninstall.sh [PREFIX] --purge-config   also delete /etc/xdg/yjdesk
# Users' local stores (~/.local/share/yjdesk) are encrypted and may hold work not yet
# synced: they are never deleted by this script. To wipe a laptop, see docs/deploy.md.
set -eu
prefix=/opt/yjdesk
purge=0
for arg in "$@"; do
  case "$arg" in
    --purge-config) purge=1 ;;
    *) prefix=$arg ;;
  esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "uninstall.sh: run as root" >&2
  exit 1
fi
rm -rf "$prefix"
[ "$(readlink /usr/local/bin/yjdesk 2>/dev/null || true)" = "$prefix/yjdesk" ] \
  && rm -f /usr/local/bin/yjdesk
rm -f /usr/share/applications/yjdesk.desktop /usr/share/icons/hicolor/scalable/apps/yjdesk.svg
[ "$purge" = 1 ] && rm -rf /etc/xdg/yjdesk
echo "yjdesk removed from $prefix (user data kept)"
