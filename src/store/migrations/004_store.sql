-- Quotes with their speakers, Arabic full-text search, and the indexes the CLI's queries use.

-- The schema version as one row: the newest migration applied.
CREATE VIEW schema_version AS SELECT max(version) AS version FROM rasd_migrations;

-- The whole analysis is written once per document and read whole: json keeps the text as given,
-- where jsonb parses it into a binary tree on every insert (about a third of a document's write).
ALTER TABLE documents ALTER COLUMN analysis TYPE json USING analysis::json;

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

-- The title and body with harakat, tatweel and invisibles removed (Rasd's `searchText`), read by
-- PostgreSQL's Snowball `arabic` configuration, which folds alef forms and ى, and stems.
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
