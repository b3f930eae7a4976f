-- Schema 1 of an Athenaeum library (docs/storage.md describes every table).
-- Portable types only: INTEGER/BIGINT, TEXT, BLOB (bytea in PostgreSQL), timestamps as ISO-8601 UTC text,
-- booleans as 0/1. WITHOUT ROWID is SQLite's clustered-table syntax; a PostgreSQL migration drops it.

CREATE TABLE site (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    site_name TEXT NOT NULL,
    db_name TEXT NOT NULL,
    language TEXT NOT NULL,
    base_url TEXT NOT NULL,
    title_case TEXT NOT NULL,
    generator TEXT NOT NULL,
    export_schema TEXT NOT NULL,
    source_file TEXT NULL,
    dump_date TEXT NULL
);

CREATE TABLE namespace (
    id INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    canonical_name TEXT NOT NULL,
    title_case TEXT NOT NULL
);

CREATE TABLE page (
    id INTEGER NOT NULL PRIMARY KEY,
    namespace INTEGER NOT NULL,
    title TEXT NOT NULL,
    source_page_id BIGINT NOT NULL,
    reproduced_at TEXT NOT NULL,
    revision_id BIGINT NOT NULL,
    revision_timestamp TEXT NOT NULL,
    contributor TEXT NULL,
    content_model TEXT NOT NULL,
    redirect_namespace INTEGER NULL,
    redirect_title TEXT NULL,
    text_length BIGINT NOT NULL,
    text_sha1 TEXT NOT NULL,
    is_removed INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    import_run_id BIGINT NULL
);

CREATE UNIQUE INDEX ux_page_source_page_id ON page (source_page_id);
-- One current page per title; a removed page keeps its title so that a page recreated under a new id can take it.
CREATE UNIQUE INDEX ux_page_title ON page (namespace, title) WHERE is_removed = 0;
CREATE INDEX ix_page_redirect ON page (redirect_namespace, redirect_title) WHERE redirect_title IS NOT NULL;

CREATE TABLE page_text (
    page_id INTEGER NOT NULL PRIMARY KEY,
    codec INTEGER NOT NULL,
    utf8_length BIGINT NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE category_link (
    page_id BIGINT NOT NULL,
    category TEXT NOT NULL,
    sort_key_prefix TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    PRIMARY KEY (page_id, category)
) WITHOUT ROWID;

CREATE INDEX ix_category_link_category ON category_link (category, sort_key);

CREATE TABLE page_link (
    page_id BIGINT NOT NULL,
    target_namespace INTEGER NOT NULL,
    target_title TEXT NOT NULL,
    PRIMARY KEY (page_id, target_namespace, target_title)
) WITHOUT ROWID;

CREATE INDEX ix_page_link_target ON page_link (target_namespace, target_title);

CREATE TABLE template_link (
    page_id BIGINT NOT NULL,
    target_namespace INTEGER NOT NULL,
    target_title TEXT NOT NULL,
    PRIMARY KEY (page_id, target_namespace, target_title)
) WITHOUT ROWID;

CREATE INDEX ix_template_link_target ON template_link (target_namespace, target_title);

CREATE TABLE image_link (
    page_id BIGINT NOT NULL,
    file_name TEXT NOT NULL,
    PRIMARY KEY (page_id, file_name)
) WITHOUT ROWID;

CREATE INDEX ix_image_link_file ON image_link (file_name);

CREATE TABLE rendered_page (
    page_id INTEGER NOT NULL PRIMARY KEY,
    revision_id BIGINT NOT NULL,
    renderer_version TEXT NOT NULL,
    codec INTEGER NOT NULL,
    utf8_length BIGINT NOT NULL,
    html BLOB NOT NULL,
    metadata TEXT NULL,
    rendered_at TEXT NOT NULL
);

CREATE TABLE import_run (
    id INTEGER NOT NULL PRIMARY KEY,
    source_file TEXT NOT NULL,
    source_size BIGINT NOT NULL,
    dump_date TEXT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NULL,
    status INTEGER NOT NULL,
    resume_offset BIGINT NOT NULL DEFAULT 0,
    resume_skip BIGINT NOT NULL DEFAULT 0,
    pages_read BIGINT NOT NULL DEFAULT 0,
    added BIGINT NOT NULL DEFAULT 0,
    updated BIGINT NOT NULL DEFAULT 0,
    unchanged BIGINT NOT NULL DEFAULT 0,
    skipped BIGINT NOT NULL DEFAULT 0,
    removed BIGINT NOT NULL DEFAULT 0,
    newest_revision TEXT NULL,
    error TEXT NULL
);

CREATE INDEX ix_import_run_source ON import_run (source_file, source_size, status);

-- Pages a run found unchanged (pages it added or updated carry the run's id in page.import_run_id instead),
-- so that pages missing from a newer dump can be marked removed at the end of the run, even after resumes.
CREATE TABLE import_seen (
    run_id BIGINT NOT NULL,
    page_id BIGINT NOT NULL,
    PRIMARY KEY (run_id, page_id)
) WITHOUT ROWID;
