-- Indexes a first ingest into a new PGlite database put off and builds at its end (src/store/reindex.ts,
-- `deferIndexes`): their names and definitions, so that an ingest cut off (kill -9) leaves what
-- the next command that opens the database needs to build them again.
CREATE TABLE IF NOT EXISTS deferred_indexes (
  name       text PRIMARY KEY,
  definition text NOT NULL
);
