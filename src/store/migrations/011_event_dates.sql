-- A corpus event's date is the one its reports support best (src/link/events.ts, `bestDate`):
-- `dates` tallies its reports by date, `{"2024-05-03": {"explicit": 2, "published": 1, "text": "…"}}`,
-- explicit when the report's own text dated it, published when it took its article's date. Events
-- linked before this version count their first report only.
ALTER TABLE link_events ADD COLUMN IF NOT EXISTS dates jsonb NOT NULL DEFAULT '{}';
UPDATE link_events
   SET dates = jsonb_build_object(record->>'date', jsonb_build_object(
         'explicit', CASE WHEN record->>'date_text' IS NULL THEN 0 ELSE 1 END,
         'published', CASE WHEN record->>'date_text' IS NULL THEN 1 ELSE 0 END,
         'text', record->'date_text'))
 WHERE record->>'date' IS NOT NULL AND dates = '{}';
