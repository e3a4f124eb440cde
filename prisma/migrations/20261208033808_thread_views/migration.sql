-- Thread views count a reader once per thread per window (issue 19): see ThreadView in
-- schema.prisma and lib/forum/count-views.ts.

-- CreateTable
CREATE TABLE "ThreadView" (
    "threadId" INTEGER NOT NULL,
    "viewer" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThreadView_pkey" PRIMARY KEY ("threadId","viewer")
);

-- CreateIndex
CREATE INDEX "ThreadView_seenAt_idx" ON "ThreadView"("seenAt");

-- AddForeignKey
ALTER TABLE "ThreadView" ADD CONSTRAINT "ThreadView_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;
