-- Indexes for the lists of happenings (`rasd serve`, `rasd events`, `rasd timeline`): the link
-- stage's corpus events in date order, both ways and by type, and its entities by how many
-- documents name them, and their spellings by key (the entity search of the web UI: the key is
-- `fold` of src/store/browse.ts, harakat U+064B–U+0652 and tatweel removed, alef forms, ى and ة
-- folded; the expression must stay the same as the query's to be used).
CREATE INDEX link_events_date ON link_events ((record->>'date'), id);
CREATE INDEX link_events_date_newest ON link_events ((record->>'date') DESC NULLS LAST, id);
CREATE INDEX link_events_type_date ON link_events (type, (record->>'date'), id);
CREATE INDEX link_entities_documents ON link_entities (documents DESC, name, id);
CREATE INDEX link_variants_key ON link_variants (translate(regexp_replace(text, '[ً-ْـ]', '', 'g'), 'أإآٱىة', 'اااايه') text_pattern_ops);
CREATE INDEX link_variants_words ON link_variants USING gin (string_to_array(translate(regexp_replace(text, '[ً-ْـ]', '', 'g'), 'أإآٱىة', 'اااايه'), ' '));
-- The link stage's look-up of a report whose parties hold, or are held by, a stored event's
-- (`IRN+TUR` and `IRN+RUS+TUR`): by type and day.
CREATE INDEX link_events_type_day ON link_events (type, day);
