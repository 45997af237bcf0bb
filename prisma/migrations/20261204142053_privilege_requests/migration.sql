-- CreateEnum
CREATE TYPE "PrivilegeKind" AS ENUM ('create_staff', 'change_role', 'reset_password', 'activate');

-- CreateEnum
CREATE TYPE "PrivilegeRequestState" AS ENUM ('pending', 'approved', 'rejected');

-- CreateTable
CREATE TABLE "PrivilegeRequest" (
    "id" TEXT NOT NULL,
    "kind" "PrivilegeKind" NOT NULL,
    "targetUserId" TEXT NOT NULL,
    "role" "Role",
    "bureauId" TEXT,
    "passwordHash" TEXT,
    "state" "PrivilegeRequestState" NOT NULL DEFAULT 'pending',
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "PrivilegeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PrivilegeRequest_state_createdAt_idx" ON "PrivilegeRequest"("state", "createdAt");

-- CreateIndex
CREATE INDEX "PrivilegeRequest_targetUserId_state_idx" ON "PrivilegeRequest"("targetUserId", "state");

-- AddForeignKey
ALTER TABLE "PrivilegeRequest" ADD CONSTRAINT "PrivilegeRequest_targetUserId_fkey" FOREIGN KEY ("targetUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
