-- The full-text index is made in JavaScript since this version (src/store/search-terms.ts: lexemes
-- of Rasd's own light stemmer, sent as a tsvector literal), no longer by PostgreSQL's `arabic`
-- configuration. One row here names the reading that made `documents.search` (`searchFingerprint`:
-- its version and lexicons/search.tsv); when it is not the running Rasd's, opening the database
-- re-makes every document's `search` (`ensureSearchIndex`, src/store/reindex.ts), so a database
-- indexed before, as by this migration's absent row, is never searched with other lexemes.
CREATE TABLE search_index (fingerprint text NOT NULL);
