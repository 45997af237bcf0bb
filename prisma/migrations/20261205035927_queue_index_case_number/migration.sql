-- DropIndex
DROP INDEX "Case_leadBureauId_status_submittedAt_id_idx";

-- CreateIndex
CREATE INDEX "Case_leadBureauId_status_submittedAt_id_caseNo_idx" ON "Case"("leadBureauId", "status", "submittedAt", "id", "caseNo");
