-- CreateIndex
CREATE INDEX "Case_leadBureauId_submittedAt_id_idx" ON "Case"("leadBureauId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Case_submittedAt_id_idx" ON "Case"("submittedAt", "id");

-- CreateIndex
CREATE INDEX "Case_measureId_leadBureauId_status_submittedAt_id_idx" ON "Case"("measureId", "leadBureauId", "status", "submittedAt", "id");
