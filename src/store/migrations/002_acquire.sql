-- Language flag, near-duplicate links, and the MinHash LSH index that finds near-duplicates
-- incrementally: one signature per document part (0 = main text, k = k-th appended article)
-- and one row per band hash, so a new document meets its candidates through an index lookup.
ALTER TABLE documents ADD COLUMN language text;
ALTER TABLE documents ADD COLUMN duplicate_of text REFERENCES documents (id) ON DELETE SET NULL;
ALTER TABLE documents ADD COLUMN duplicate_part smallint;
ALTER TABLE documents ADD COLUMN duplicate_similarity real;
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);
CREATE INDEX documents_language ON documents (language);

CREATE TABLE minhash_signatures (
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  part        smallint NOT NULL,
  signature   integer[] NOT NULL,
  PRIMARY KEY (document_id, part)
);

CREATE TABLE minhash_bands (
  band        smallint NOT NULL,
  hash        integer NOT NULL,
  document_id text NOT NULL,
  part        smallint NOT NULL,
  PRIMARY KEY (band, hash, document_id, part),
  FOREIGN KEY (document_id, part) REFERENCES minhash_signatures (document_id, part) ON DELETE CASCADE
);

CREATE TABLE near_duplicates (
  document_id    text NOT NULL,
  part           smallint NOT NULL,
  duplicate_of   text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  duplicate_part smallint NOT NULL,
  similarity     real NOT NULL,
  PRIMARY KEY (document_id, part),
  FOREIGN KEY (document_id, part) REFERENCES minhash_signatures (document_id, part) ON DELETE CASCADE
);
