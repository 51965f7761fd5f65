-- Quotes with their speakers, Arabic full-text search, and the indexes the CLI's queries use.

-- The schema version as one row: the newest migration applied.
CREATE VIEW schema_version AS SELECT max(version) AS version FROM rasd_migrations;

CREATE TABLE quotes (
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  n           integer NOT NULL,
  speaker     text,
  text        text NOT NULL,
  start_at    integer NOT NULL,
  end_at      integer NOT NULL,
  PRIMARY KEY (document_id, n),
  FOREIGN KEY (document_id, speaker) REFERENCES entities (document_id, local_id) ON DELETE CASCADE
);

-- The title and body read on matching keys (alef forms, ى/ي, ة/ه, harakat folded in Rasd's
-- normalization) and then by PostgreSQL's Snowball `arabic` configuration, which stems.
ALTER TABLE documents ADD COLUMN search tsvector;
-- Documents stored before this migration: their text as stored (the stemmer folds alef forms too).
UPDATE documents SET search = to_tsvector('arabic', coalesce(title, '') || ' ' || text) WHERE search IS NULL;
CREATE INDEX documents_search ON documents USING gin (search);

-- `search --entity`: documents naming an entity, by its matching key.
CREATE INDEX entities_name_key ON entities (name_key, document_id);
-- `entities`: a document's mentions of one entity.
CREATE INDEX mentions_entity ON mentions (document_id, entity_id);
-- `events`: date order.
CREATE INDEX events_date ON events (date, document_id, local_id);
-- `search --outlet --from --to`: newest first within an outlet.
CREATE INDEX documents_outlet_published ON documents (outlet, published);
