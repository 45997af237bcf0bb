-- CreateEnum
CREATE TYPE "OrgVerificationKind" AS ENUM ('initial', 'change', 'dispute');

-- CreateEnum
CREATE TYPE "OrgVerificationState" AS ENUM ('pending', 'approved', 'rejected');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "OrgVerification" (
    "id" TEXT NOT NULL,
    "kind" "OrgVerificationKind" NOT NULL,
    "state" "OrgVerificationState" NOT NULL DEFAULT 'pending',
    "organisationId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "orgType" "OrgType" NOT NULL,
    "proposedInCity" BOOLEAN NOT NULL,
    "registeredInCity" BOOLEAN,
    "licenceKey" TEXT NOT NULL,
    "licenceSha256" TEXT NOT NULL,
    "licenceMime" TEXT NOT NULL,
    "licenceName" TEXT NOT NULL,
    "licenceSize" INTEGER NOT NULL,
    "reason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgVerification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrgVerification_state_createdAt_idx" ON "OrgVerification"("state", "createdAt");

-- CreateIndex
CREATE INDEX "OrgVerification_organisationId_state_idx" ON "OrgVerification"("organisationId", "state");

-- CreateIndex
CREATE INDEX "OrgVerification_requestedById_createdAt_idx" ON "OrgVerification"("requestedById", "createdAt");

-- AddForeignKey
ALTER TABLE "OrgVerification" ADD CONSTRAINT "OrgVerification_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Organisations registered before verification existed keep submitting (docs/decisions/021): they
-- count as verified from their registration; a dispute can still take a code from them.
UPDATE "Organisation" SET "verifiedAt" = "createdAt" WHERE "verifiedAt" IS NULL;
