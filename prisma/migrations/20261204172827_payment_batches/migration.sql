-- CreateEnum
CREATE TYPE "PaymentBatchState" AS ENUM ('open', 'paid', 'cancelled');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "payeeAccountName" TEXT,
ADD COLUMN     "payeeAccountNo" TEXT,
ADD COLUMN     "payeeBankName" TEXT,
ADD COLUMN     "paymentBatchId" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "bankAccountName" TEXT,
ADD COLUMN     "bankAccountNo" TEXT,
ADD COLUMN     "bankName" TEXT;

-- CreateTable
CREATE TABLE "PaymentBatch" (
    "id" TEXT NOT NULL,
    "batchNo" TEXT NOT NULL,
    "state" "PaymentBatchState" NOT NULL DEFAULT 'open',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidById" TEXT,
    "paidAt" TIMESTAMP(3),
    "paidOn" DATE,
    "voucherNo" TEXT,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "PaymentBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentBatch_batchNo_key" ON "PaymentBatch"("batchNo");

-- CreateIndex
CREATE INDEX "PaymentBatch_state_createdAt_idx" ON "PaymentBatch"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Case_paymentBatchId_idx" ON "Case"("paymentBatchId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_paymentBatchId_fkey" FOREIGN KEY ("paymentBatchId") REFERENCES "PaymentBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;
