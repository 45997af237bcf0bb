-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "checkpoint" JSONB;
