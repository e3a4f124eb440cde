/*
  Warnings:

  - A unique constraint covering the columns `[authorId,requestKey]` on the table `Comment` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "requestKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Comment_authorId_requestKey_key" ON "Comment"("authorId", "requestKey");
