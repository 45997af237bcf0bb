-- The review queue's search by part of an organisation's name or the start of its credit code: trigrams (pg_trgm ships with
-- PostgreSQL's contrib and with PGlite, which lib/db/embedded.ts loads it into).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Organisation_name_trgm_idx" ON "Organisation" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organisation_creditCode_trgm_idx" ON "Organisation" USING GIN ("creditCode" gin_trgm_ops);
