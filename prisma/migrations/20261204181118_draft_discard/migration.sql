-- AlterEnum
ALTER TYPE "CaseStatus" ADD VALUE 'discarded';
