-- CreateEnum
CREATE TYPE "FactSource" AS ENUM ('screener', 'profile', 'import', 'case');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('offered', 'accepted', 'declined', 'expired');

-- CreateTable
CREATE TABLE "OrganisationFact" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL DEFAULT '',
    "name" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "source" "FactSource" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "OrganisationFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferImport" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "importedById" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "offeredCount" INTEGER NOT NULL,
    "report" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "facts" JSONB NOT NULL,
    "decision" JSONB NOT NULL,
    "ceilingFen" BIGINT NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'offered',
    "caseId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationFact_organisationId_measureId_name_key" ON "OrganisationFact"("organisationId", "measureId", "name");

-- CreateIndex
CREATE INDEX "OfferImport_createdAt_idx" ON "OfferImport"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_caseId_key" ON "Offer"("caseId");

-- CreateIndex
CREATE INDEX "Offer_organisationId_status_idx" ON "Offer"("organisationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_organisationId_measureId_subject_key" ON "Offer"("organisationId", "measureId", "subject");

-- AddForeignKey
ALTER TABLE "OrganisationFact" ADD CONSTRAINT "OrganisationFact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_importId_fkey" FOREIGN KEY ("importId") REFERENCES "OfferImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
