// The `--db` option every command that opens the store takes, worded once.
export const DB_OPTION = [
  "--db <dir|url>",
  "PGlite data directory or postgres:// URL (default: $DATABASE_URL or ./rasd-data)",
] as const;
