-- CreateIndex
CREATE INDEX "Case_award_history_idx" ON "Case"("organisationId") INCLUDE ("id", "measureId", "subject", "capYear", "approvedFen", "ceilingFen", "submittedAt", "status") WHERE "status" IN ('in_notice', 'objected', 'payable', 'paid');
