-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "createKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Case_createKey_key" ON "Case"("createKey");
