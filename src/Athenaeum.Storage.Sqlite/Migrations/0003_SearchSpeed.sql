-- Schema 3: what makes searches fast on big libraries (docs/web.md, "Search"): a title-only full-text
-- index (title matches rank first without scanning the body index's long position lists) and each
-- article's plain text, compressed, so that snippets are cut without stripping wikitext per hit.
-- The index is emptied: the next `athenaeum import` or `serve` start rebuilds it with both (it is
-- derived data; until then snippets of pages without stored text are cut from stripped wikitext).

-- Titles of non-redirect pages; rowid = page id.
CREATE VIRTUAL TABLE search_title_fts USING fts5 (
    title,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO search_fts (search_fts) VALUES ('delete-all');
DELETE FROM search_trigram;
DELETE FROM search_page;

-- The plain text the body index was built from (codec as page_text's); filled as pages are indexed.
CREATE TABLE search_text (
    page_id INTEGER NOT NULL PRIMARY KEY,
    codec INTEGER NOT NULL,
    utf8_length INTEGER NOT NULL,
    data BLOB NOT NULL
);
