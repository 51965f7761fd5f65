-- Indexes for `rasd serve` over the link stage's tables: events by the channel they are about.
-- An event's `mechanism` is the local id of a MECHANISM entity of its own document; the filter
-- finds the (document, local id) pairs of a channel through link_entity_documents, then the
-- events naming them through this index.
CREATE INDEX events_mechanism ON events (document_id, (record->>'mechanism'))
  WHERE record->>'mechanism' IS NOT NULL;
-- Channels by English name, and the list of channels for the events page's filter.
CREATE INDEX link_entities_mechanisms ON link_entities (lower(name_en)) WHERE type = 'MECHANISM';
