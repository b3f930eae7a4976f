-- Schema 2: the tables of the reader's site (docs/web.md): search index, reader flags, mail log, settings.
-- Only new tables; nothing of schema 1 changes.

-- One row per indexed page (articles and their redirects): the revision indexed, and the title folded for prefix search.
CREATE TABLE search_page (
    page_id INTEGER NOT NULL PRIMARY KEY,
    revision_id BIGINT NOT NULL,
    namespace INTEGER NOT NULL,
    title TEXT NOT NULL,
    norm_title TEXT NOT NULL,
    redirect_title TEXT NULL
);

CREATE INDEX ix_search_page_norm ON search_page (norm_title);

-- Full text of non-redirect pages; rowid = page id. Contentless: the text is not stored twice (snippets are made from the page).
CREATE VIRTUAL TABLE search_fts USING fts5 (
    title,
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Trigrams of folded titles (three code points packed into one integer) for "did you mean".
CREATE TABLE search_trigram (
    trigram BIGINT NOT NULL,
    page_id BIGINT NOT NULL,
    PRIMARY KEY (trigram, page_id)
) WITHOUT ROWID;

CREATE INDEX ix_search_trigram_page ON search_trigram (page_id);

-- Readers' flags ("Flag as Inappropriate"); status 0 open, 1 upheld, 2 dismissed. address_hash is a keyed hash, never an address.
CREATE TABLE content_flag (
    id INTEGER NOT NULL PRIMARY KEY,
    page_id BIGINT NOT NULL,
    revision_id BIGINT NOT NULL,
    reason TEXT NOT NULL,
    comment TEXT NOT NULL,
    address_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    status INTEGER NOT NULL DEFAULT 0,
    handled_by TEXT NULL,
    handled_at TEXT NULL,
    note TEXT NULL
);

CREATE INDEX ix_content_flag_status ON content_flag (status, id);
CREATE INDEX ix_content_flag_address ON content_flag (address_hash, created_at);
CREATE INDEX ix_content_flag_page ON content_flag (page_id);

-- "Email this Article" attempts; outcome 0 sent, 1 server error, 2 refused. Both addresses are keyed hashes.
CREATE TABLE mail_log (
    id INTEGER NOT NULL PRIMARY KEY,
    page_id BIGINT NOT NULL,
    sent_at TEXT NOT NULL,
    address_hash TEXT NOT NULL,
    recipient_hash TEXT NOT NULL,
    outcome INTEGER NOT NULL,
    error TEXT NULL
);

CREATE INDEX ix_mail_log_address ON mail_log (address_hash, sent_at);
CREATE INDEX ix_mail_log_time ON mail_log (sent_at);

CREATE TABLE library_setting (
    name TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
