#!/bin/sh
# Back up the central yjdesk database (PostgreSQL custom format, compressed).
#   backup.sh [DEST_DIR]        default /var/backups/yjdesk; keeps the newest $KEEP (14)
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE) or ~/.pgpass,
# as the database *owner* role (the migration role), not the service role.
# Run from cron or a systemd timer, e.g. nightly:  15 1 * * *  /opt/yjdesk-server/backup.sh
set -eu
dest=${1:-/var/backups/yjdesk}
keep=${KEEP:-14}
db=${PGDATABASE:-yjdesk}
umask 077
mkdir -p "$dest"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$dest/yjdesk-$stamp.dump"
pg_dump --format=custom --compress=6 --no-owner --no-privileges --dbname="$db" --file="$out.part"
# A dump that pg_restore cannot list is no backup.
pg_restore --list "$out.part" >/dev/null
mv "$out.part" "$out"
(cd "$dest" && sha256sum "$(basename "$out")" > "$(basename "$out").sha256")
echo "backup: $out ($(du -h "$out" | cut -f1))"
# Keep the newest $keep dumps (the UTC timestamps in the names sort oldest first).
set -- "$dest"/yjdesk-*.dump
excess=$(($# - keep))
while [ "$excess" -gt 0 ]; do
  rm -f "$1" "$1.sha256"
  shift
  excess=$((excess - 1))
done
