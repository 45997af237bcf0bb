-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "verifyCode" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Case_verifyCode_key" ON "Case"("verifyCode");

-- Backfill: every case submitted before this migration gets a code like those given at submit
-- (lib/documents/verify-code.ts: 12 of the 31 letters and digits that cannot be misread, in groups
-- of four). Random bytes from gen_random_uuid() (core PostgreSQL 13+ and PGlite), skipping bytes 6
-- and 8, which carry the UUID's version and variant bits. One draw per row.
WITH r AS (
  SELECT id, decode(replace(gen_random_uuid()::text, '-', ''), 'hex') AS b
  FROM "Case" WHERE "caseNo" IS NOT NULL AND "verifyCode" IS NULL
), codes AS (
  SELECT r.id, string_agg(
    substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + get_byte(r.b, p.i) % 31, 1) || CASE WHEN p.n IN (4, 8) THEN '-' ELSE '' END,
    '' ORDER BY p.n) AS code
  FROM r, unnest(ARRAY[0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14]) WITH ORDINALITY AS p(i, n)
  GROUP BY r.id
)
UPDATE "Case" c SET "verifyCode" = codes.code FROM codes WHERE c.id = codes.id;
