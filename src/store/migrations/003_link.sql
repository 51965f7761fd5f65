-- The link stage (src/link/): corpus-wide entities, events, channels and stories, updated
-- incrementally inside each document's transaction. Every table a new document reads is reached
-- through an index on a blocking key, so the work per document does not grow with the corpus.
-- No foreign keys: only the link stage writes these tables, in the document's own transaction,
-- and on PGlite each checked row costs about as much as the row itself.

-- One row per real-world entity across documents.
CREATE TABLE link_entities (
  id        text PRIMARY KEY,
  type      text NOT NULL,
  name      text NOT NULL,
  name_en   text,
  country   text,
  sector    text,
  role      text,
  documents integer NOT NULL DEFAULT 0,
  mentions  integer NOT NULL DEFAULT 0
);

-- Blocking keys (transliteration keys of the name and of its last word) → entities.
CREATE TABLE link_entity_keys (
  key       text NOT NULL,
  entity_id text NOT NULL,
  PRIMARY KEY (key, entity_id)
);

-- Every spelling seen, with how often.
CREATE TABLE link_variants (
  entity_id text NOT NULL,
  text      text NOT NULL,
  mentions  integer NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id, text)
);

-- Which corpus entity each document entity became.
CREATE TABLE link_entity_documents (
  document_id text NOT NULL,
  local_id    text NOT NULL,
  entity_id   text NOT NULL,
  PRIMARY KEY (document_id, local_id)
);
CREATE INDEX link_entity_documents_entity ON link_entity_documents (entity_id);

-- One row per event across articles; `record` is the first report with corpus entity ids.
CREATE TABLE link_events (
  id         text PRIMARY KEY,
  type       text NOT NULL,
  block      text NOT NULL,
  day        date,
  countries  text[] NOT NULL,
  terms      text[] NOT NULL,
  record     jsonb NOT NULL,
  -- Distinct outlets of the reports (`doc:<id>` for a document without one); sources = their number.
  outlets    text[] NOT NULL DEFAULT '{}',
  mentions   integer NOT NULL DEFAULT 0,
  documents  integer NOT NULL DEFAULT 0,
  sources    integer NOT NULL DEFAULT 0
);
CREATE INDEX link_events_block ON link_events (block, day);
CREATE INDEX link_events_day ON link_events (day);
CREATE INDEX link_events_countries ON link_events USING gin (countries);

CREATE TABLE link_event_mentions (
  document_id text NOT NULL,
  local_id    text NOT NULL,
  event_id    text NOT NULL,
  outlet      text,
  evidence    text NOT NULL,
  PRIMARY KEY (document_id, local_id)
);
CREATE INDEX link_event_mentions_event ON link_event_mentions (event_id);

-- Named channels (MECHANISM entities) and the dated events that moved their status.
CREATE TABLE link_channels (
  entity_id text PRIMARY KEY,
  parties   text[] NOT NULL DEFAULT '{}',
  status    text NOT NULL DEFAULT 'unknown',
  since     text
);

CREATE TABLE link_channel_history (
  entity_id   text NOT NULL,
  document_id text NOT NULL,
  local_id    text NOT NULL,
  event_id    text NOT NULL,
  date        text,
  type        text NOT NULL,
  status      text NOT NULL,
  evidence    text NOT NULL,
  -- Order of the lines within a channel, for lines of one date.
  seq         bigint NOT NULL,
  PRIMARY KEY (entity_id, document_id, local_id)
);

-- Stories: articles about one happening. Keys (corpus entity and event ids) find a story by day.
CREATE TABLE link_stories (
  id        text PRIMARY KEY,
  title     text,
  first_day date,
  last_day  date,
  documents integer NOT NULL DEFAULT 0,
  keys      text[] NOT NULL,
  signature integer[] NOT NULL
);

CREATE TABLE link_story_keys (
  key      text NOT NULL,
  day      date NOT NULL,
  story_id text NOT NULL,
  PRIMARY KEY (key, day, story_id)
);

CREATE TABLE link_story_documents (
  document_id text PRIMARY KEY,
  story_id    text NOT NULL
);
CREATE INDEX link_story_documents_story ON link_story_documents (story_id);
