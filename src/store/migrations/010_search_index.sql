-- The full-text index again, over the lexemes 009's re-index wrote.
CREATE INDEX IF NOT EXISTS documents_search ON documents USING gin (search);
