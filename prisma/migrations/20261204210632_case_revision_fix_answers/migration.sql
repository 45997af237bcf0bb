-- AlterTable
ALTER TABLE "CaseRevision" ADD COLUMN     "fixAnswers" JSONB;
