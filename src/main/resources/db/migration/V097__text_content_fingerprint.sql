-- What a stored text says apart from its file (org.vigie.texts.library.TextFingerprint): the same resolution
-- saved again, or in another format, is found by it. Texts stored before are fingerprinted at the next import.
ALTER TABLE text_document ADD COLUMN content_sha256 TEXT;
CREATE INDEX text_document_content ON text_document (content_sha256);
