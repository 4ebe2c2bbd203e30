#!/usr/bin/env sh
# Stands in for Prisma's native schema engine, which this project does not
# download. Migrations run through scripts/db/migrate.ts instead.
echo "This project runs migrations with 'npm run db:deploy', 'db:migration -- NAME', 'db:status', 'db:check' and 'db:reset' (see README)." >&2
exit 1
