-- CreateTable
CREATE TABLE "MouReminder" (
    "mouId" TEXT NOT NULL,
    "threshold" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MouReminder_pkey" PRIMARY KEY ("mouId","threshold")
);

-- AddForeignKey
ALTER TABLE "MouReminder" ADD CONSTRAINT "MouReminder_mouId_fkey" FOREIGN KEY ("mouId") REFERENCES "Mou"("id") ON DELETE CASCADE ON UPDATE CASCADE;
