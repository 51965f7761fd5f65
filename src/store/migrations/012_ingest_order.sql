-- The order documents were stored in: `rasd relink` links them again in this order (src/link/index.ts,
-- `relink`), so that it gives the link tables of the ingest that made the database. `ingested_at`
-- cannot order them: it is the transaction's time, one for every document of a batch. A batch's
-- documents take their numbers in the order the writer inserts them, which is the order it links
-- them in. Documents stored before this version are numbered by (ingested_at, id), the order
-- `rasd relink` followed until then.
CREATE SEQUENCE IF NOT EXISTS documents_seq AS bigint;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS seq bigint;
UPDATE documents d
   SET seq = o.n
  FROM (SELECT id, row_number() OVER (ORDER BY ingested_at, id) AS n FROM documents) o
 WHERE d.id = o.id;
SELECT setval('documents_seq', coalesce((SELECT max(seq) FROM documents), 0) + 1, false);
ALTER TABLE documents ALTER COLUMN seq SET DEFAULT nextval('documents_seq');
ALTER TABLE documents ALTER COLUMN seq SET NOT NULL;
ALTER SEQUENCE documents_seq OWNED BY documents.seq;
CREATE UNIQUE INDEX IF NOT EXISTS documents_seq_key ON documents (seq);
