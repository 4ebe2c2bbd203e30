-- Site search: one GIN index per content type on the weighted full-text
-- document that lib/data/search.ts matches against (title A, summary B,
-- body C, English stemming). The expressions must stay identical to the ones
-- built there, or PostgreSQL cannot use the indexes. Prisma's schema has no
-- way to describe expression indexes, so they live only in this migration.
-- Chinese, Japanese and Korean queries are matched with ILIKE instead, which
-- needs no extension (the embedded PGlite database has no pg_trgm loaded).

-- CreateIndex
CREATE INDEX "Organization_search_idx" ON "Organization" USING GIN ((
    setweight(to_tsvector('english'::regconfig, "name" || ' ' || coalesce("acronym", '')), 'A')
    || setweight(to_tsvector('english'::regconfig, "description"), 'B')
));

-- CreateIndex
CREATE INDEX "Project_search_idx" ON "Project" USING GIN ((
    setweight(to_tsvector('english'::regconfig, "title" || ' ' || coalesce("acronym", '')), 'A')
    || setweight(to_tsvector('english'::regconfig, "summary"), 'B')
    || setweight(to_tsvector('english'::regconfig, "body"), 'C')
));

-- CreateIndex
CREATE INDEX "Mou_search_idx" ON "Mou" USING GIN ((
    setweight(to_tsvector('english'::regconfig, "subject"), 'A')
    || setweight(to_tsvector('english'::regconfig, "summary"), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce("endTerm", '')), 'C')
));

-- CreateIndex
CREATE INDEX "Conference_search_idx" ON "Conference" USING GIN ((
    setweight(to_tsvector('english'::regconfig, "name"), 'A')
    || setweight(to_tsvector('english'::regconfig, "summary"), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce("series", '') || ' ' || coalesce("edition", '') || ' ' || coalesce("city", '')), 'C')
));

-- CreateIndex
CREATE INDEX "Training_search_idx" ON "Training" USING GIN ((
    setweight(to_tsvector('english'::regconfig, "title"), 'A')
    || setweight(to_tsvector('english'::regconfig, "summary"), 'B')
    || setweight(to_tsvector('english'::regconfig, "body" || ' ' || "location"), 'C')
));

-- CreateIndex
CREATE INDEX "NewsArticle_search_idx" ON "NewsArticle" USING GIN ((
    setweight(to_tsvector('english'::regconfig, "title"), 'A')
    || setweight(to_tsvector('english'::regconfig, "summary"), 'B')
    || setweight(to_tsvector('english'::regconfig, "body"), 'C')
));
