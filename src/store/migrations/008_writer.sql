-- The writer stores a document and all its rows in one statement (`INSERT_DOCUMENTS`), and a
-- document's MinHash signatures and band hashes in one statement (`indexDuplicates`); nothing else
-- writes these rows, and nothing deletes documents. The foreign keys between them checked each row
-- again through an index (32 band rows per document), a tenth of the writer's time on PGlite; they
-- go, as the link stage's tables never had them. documents.duplicate_of keeps its own.
-- (007 is taken by another branch's migration.)
ALTER TABLE entities DROP CONSTRAINT IF EXISTS entities_document_id_fkey;
ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_document_id_entity_id_fkey;
ALTER TABLE events DROP CONSTRAINT IF EXISTS events_document_id_fkey;
ALTER TABLE quotes DROP CONSTRAINT IF EXISTS quotes_document_id_fkey;
ALTER TABLE quotes DROP CONSTRAINT IF EXISTS quotes_document_id_speaker_fkey;
ALTER TABLE minhash_signatures DROP CONSTRAINT IF EXISTS minhash_signatures_document_id_fkey;
ALTER TABLE minhash_bands DROP CONSTRAINT IF EXISTS minhash_bands_document_id_part_fkey;
ALTER TABLE near_duplicates DROP CONSTRAINT IF EXISTS near_duplicates_document_id_part_fkey;
