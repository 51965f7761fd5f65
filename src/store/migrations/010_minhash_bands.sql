-- The near-duplicate index as one row per document part: its band hashes move from minhash_bands
-- (32 rows a part, a four-column primary key) into minhash_signatures.bands (an integer[] in band
-- order) under a GIN index. A new part meets the stored parts sharing any of its hashes through
-- `bands && $hashes`, and keeps those sharing one at the same band (`indexDuplicates`): the same
-- candidates as before, for a third of the writer's time on the near-duplicate step.
ALTER TABLE minhash_signatures ADD COLUMN bands integer[];
UPDATE minhash_signatures s
   SET bands = coalesce(
         (SELECT array_agg(b.hash ORDER BY b.band) FROM minhash_bands b
           WHERE b.document_id = s.document_id AND b.part = s.part),
         '{}');
ALTER TABLE minhash_signatures ALTER COLUMN bands SET NOT NULL;
DROP TABLE minhash_bands;
-- Without a pending list: each look-up would scan the whole list of parts inserted since the last
-- clean-up (a list this small index never fills), as many times as a batch has parts.
CREATE INDEX minhash_signatures_bands ON minhash_signatures USING gin (bands) WITH (fastupdate = off);
