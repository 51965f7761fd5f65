-- Indexes for `rasd serve`: newest documents first, events by date alone in both orders (latest
-- events, date ranges without a type), entity search by name prefix or by a whole word of the name.
CREATE INDEX documents_recent ON documents (published DESC NULLS LAST, ingested_at DESC, id);
CREATE INDEX events_date_newest ON events (date DESC NULLS LAST, document_id, local_id);
CREATE INDEX entities_name_prefix ON entities (name_key text_pattern_ops);
CREATE INDEX entities_name_words ON entities USING gin (string_to_array(name_key, ' '));
CREATE INDEX entities_document_identity ON entities (document_id, type, name_key, country);
