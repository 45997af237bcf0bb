-- AlterTable
ALTER TABLE "Bureau" ADD COLUMN     "addressEn" TEXT,
ADD COLUMN     "addressZh" TEXT,
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactPhone" TEXT;
