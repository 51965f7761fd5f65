-- The full-text index is made in JavaScript since this version (src/store/search-terms.ts: lexemes
-- of Rasd's own light stemmer, sent as a tsvector literal), no longer by PostgreSQL's `arabic`
-- configuration, whose lexemes the new queries would not find. The index goes while
-- `reindexSearch` (src/store/reindex.ts, run by `migrate` after this file) re-makes every
-- document's `search` in pages; 010 builds it again.
DROP INDEX IF EXISTS documents_search;
