-- AlterEnum: "approved" is gone (no transition reached it); an award before its notice is in_notice
UPDATE "Case" SET status = 'in_notice' WHERE status = 'approved';
CREATE TYPE "CaseStatus_new" AS ENUM ('draft', 'submitted', 'proposed', 'returned', 'rejected', 'in_notice', 'objected', 'payable', 'paid', 'withdrawn');
ALTER TABLE "public"."Case" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Case" ALTER COLUMN "status" TYPE "CaseStatus_new" USING ("status"::text::"CaseStatus_new");
ALTER TYPE "CaseStatus" RENAME TO "CaseStatus_old";
ALTER TYPE "CaseStatus_new" RENAME TO "CaseStatus";
DROP TYPE "public"."CaseStatus_old";
ALTER TABLE "Case" ALTER COLUMN "status" SET DEFAULT 'draft';

-- AlterTable
ALTER TABLE "CaseRevision" ADD COLUMN     "attachments" JSONB,
ADD COLUMN     "factsHash" TEXT;

-- AlterTable
ALTER TABLE "Objection" ADD COLUMN     "dismissNote" TEXT,
ADD COLUMN     "dismissProposedAt" TIMESTAMP(3),
ADD COLUMN     "dismissProposedById" TEXT,
ADD COLUMN     "refNo" TEXT;

-- AlterTable
ALTER TABLE "RuleDecision" ADD COLUMN     "factsHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Objection_refNo_key" ON "Objection"("refNo");
