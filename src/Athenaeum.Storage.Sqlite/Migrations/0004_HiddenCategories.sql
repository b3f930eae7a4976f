-- Schema 4: whether each category page hides its category (docs/web.md, "Collections"): __HIDDENCAT__ on
-- the page or from the templates it transcludes, decided by the wikitext engine's preprocessor after an
-- import (or by the server for pages not yet decided), and corrected whenever the site renders the page.
-- Derived data: rows may be deleted at any time and are decided again. A row is stale when its page has
-- another revision or a page listed in `dependencies` has another revision than the one recorded.

CREATE TABLE category_hidden (
    -- The category page (page.id, namespace 14).
    page_id INTEGER NOT NULL PRIMARY KEY,
    -- The page revision it was decided for.
    revision_id BIGINT NOT NULL,
    -- 1 when the page says __HIDDENCAT__.
    is_hidden INTEGER NOT NULL,
    -- How it was decided: 0 = preprocessor, 1 = full render (a reader opened the page), 2 = could not be expanded (taken as shown).
    decided_by INTEGER NOT NULL,
    -- The pages its expansion transcluded with their revisions: "namespace<TAB>revision<TAB>title" lines.
    dependencies TEXT NOT NULL
);

CREATE INDEX ix_category_hidden_hidden ON category_hidden (page_id) WHERE is_hidden = 1;
