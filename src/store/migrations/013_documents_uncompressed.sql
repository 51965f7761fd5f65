-- A document's text, analysis and full-text lexemes are kept out of line without compression
-- (`STORAGE EXTERNAL`): PGlite's one writer thread spent more time in TOAST's pglz compression than
-- in any other function while storing documents (a tenth to a seventh of the documents' statement), for a
-- documents table a third larger on disk. Rows stored before keep their compressed values; both
-- read the same.
ALTER TABLE documents ALTER COLUMN text SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN analysis SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN search SET STORAGE EXTERNAL;
