#!/bin/sh
# Restore the central yjdesk database from a backup.sh dump into a NEW database, then
# (after checking it) switch the service to it. Never restores over the live database.
#   restore.sh DUMP_FILE NEW_DB_NAME [SERVICE_ROLE]
# Example:
#   systemctl stop yjdesk-server
#   ./restore.sh /var/backups/yjdesk/yjdesk-20261122T011500Z.dump yjdesk_restored
#   # point YJDESK_DATABASE_URL in /etc/yjdesk-server/env at yjdesk_restored
#   systemctl start yjdesk-server
# Laptops that synced after the dump was taken still hold their changes: the next sync
# pushes them again (pushes are idempotent by batch id; see docs/deploy.md).
set -eu
if [ $# -lt 2 ]; then
  echo "usage: restore.sh DUMP_FILE NEW_DB_NAME [SERVICE_ROLE]" >&2
  exit 2
fi
dump=$1
newdb=$2
role=${3:-yjdesk_service}
server=${YJDESK_SERVER:-/opt/yjdesk-server/venv/bin/yjdesk-server}
if [ -f "$dump.sha256" ]; then
  (cd "$(dirname "$dump")" && sha256sum --quiet -c "$(basename "$dump").sha256")
fi
pg_restore --list "$dump" >/dev/null
createdb "$newdb"
pg_restore --exit-on-error --no-owner --no-privileges --single-transaction \
  --dbname="$newdb" "$dump"
# Upgrade the schema if the dump is from an older release, and give the service role
# its privileges again (a restore brings no grants).
# (libpq's PGHOST/PGPORT/PGUSER apply, as for pg_restore above.)
YJDESK_DATABASE_URL="postgresql:///$newdb" "$server" init --grant-to "$role"
echo "restored $dump into $newdb; point YJDESK_DATABASE_URL at it and start the service"
