-- Documents, their entities and mentions, and their events.
CREATE TABLE documents (
  id          text PRIMARY KEY,
  uri         text,
  title       text,
  published   date,
  outlet      text,
  cited       jsonb NOT NULL DEFAULT '[]',
  keywords    jsonb NOT NULL DEFAULT '[]',
  text        text NOT NULL,
  appended    jsonb NOT NULL DEFAULT '[]',
  analysis    jsonb NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_outlet ON documents (outlet);

CREATE TABLE entities (
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  local_id    text NOT NULL,
  type        text NOT NULL,
  name        text NOT NULL,
  name_key    text NOT NULL,
  name_en     text,
  country     text,
  sector      text,
  role        text,
  PRIMARY KEY (document_id, local_id)
);
CREATE INDEX entities_identity ON entities (type, name_key, country);

CREATE TABLE mentions (
  document_id text NOT NULL,
  entity_id   text NOT NULL,
  start_at    integer NOT NULL,
  end_at      integer NOT NULL,
  text        text NOT NULL,
  PRIMARY KEY (document_id, start_at),
  FOREIGN KEY (document_id, entity_id) REFERENCES entities (document_id, local_id) ON DELETE CASCADE
);

CREATE TABLE events (
  document_id         text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  local_id            text NOT NULL,
  type                text NOT NULL,
  mode                text,
  actor_countries     text[] NOT NULL,
  recipient_countries text[] NOT NULL,
  date                text,
  negated             boolean NOT NULL,
  modality            text NOT NULL,
  evidence            text NOT NULL,
  record              jsonb NOT NULL,
  PRIMARY KEY (document_id, local_id)
);
CREATE INDEX events_type_date ON events (type, date);
CREATE INDEX events_actor ON events USING gin (actor_countries);
CREATE INDEX events_recipient ON events USING gin (recipient_countries);
