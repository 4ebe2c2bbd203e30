-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "Conference_name_idx" ON "Conference"("name");

-- CreateIndex
CREATE INDEX "Conference_updatedAt_idx" ON "Conference"("updatedAt");

-- CreateIndex
CREATE INDEX "Conference_status_updatedAt_idx" ON "Conference"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Conference_deletedAt_idx" ON "Conference"("deletedAt");

-- CreateIndex
CREATE INDEX "Media_createdAt_id_idx" ON "Media"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Mou_startDate_id_idx" ON "Mou"("startDate" DESC, "id");

-- CreateIndex
CREATE INDEX "Mou_renewsId_idx" ON "Mou"("renewsId");

-- CreateIndex
CREATE INDEX "Mou_subject_idx" ON "Mou"("subject");

-- CreateIndex
CREATE INDEX "Mou_updatedAt_idx" ON "Mou"("updatedAt");

-- CreateIndex
CREATE INDEX "Mou_status_updatedAt_idx" ON "Mou"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Mou_deletedAt_idx" ON "Mou"("deletedAt");

-- CreateIndex
CREATE INDEX "NewsArticle_publishedAt_id_idx" ON "NewsArticle"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "NewsArticle_title_idx" ON "NewsArticle"("title");

-- CreateIndex
CREATE INDEX "NewsArticle_updatedAt_idx" ON "NewsArticle"("updatedAt");

-- CreateIndex
CREATE INDEX "NewsArticle_status_updatedAt_idx" ON "NewsArticle"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "NewsArticle_deletedAt_idx" ON "NewsArticle"("deletedAt");

-- CreateIndex
CREATE INDEX "Organization_name_id_idx" ON "Organization"("name", "id");

-- CreateIndex
CREATE INDEX "Organization_updatedAt_idx" ON "Organization"("updatedAt");

-- CreateIndex
CREATE INDEX "Organization_status_updatedAt_idx" ON "Organization"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Organization_deletedAt_idx" ON "Organization"("deletedAt");

-- CreateIndex
CREATE INDEX "PendingDraft_updatedById_idx" ON "PendingDraft"("updatedById");

-- CreateIndex
CREATE INDEX "Project_topics_idx" ON "Project" USING GIN ("topics");

-- CreateIndex
CREATE INDEX "Project_countries_idx" ON "Project" USING GIN ("countries");

-- CreateIndex
CREATE INDEX "Project_title_idx" ON "Project"("title");

-- CreateIndex
CREATE INDEX "Project_startDate_idx" ON "Project"("startDate");

-- CreateIndex
CREATE INDEX "Project_updatedAt_idx" ON "Project"("updatedAt");

-- CreateIndex
CREATE INDEX "Project_status_updatedAt_idx" ON "Project"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Project_deletedAt_idx" ON "Project"("deletedAt");

-- CreateIndex
CREATE INDEX "Training_title_idx" ON "Training"("title");

-- CreateIndex
CREATE INDEX "Training_location_idx" ON "Training"("location");

-- CreateIndex
CREATE INDEX "Training_updatedAt_idx" ON "Training"("updatedAt");

-- CreateIndex
CREATE INDEX "Training_status_updatedAt_idx" ON "Training"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Training_deletedAt_idx" ON "Training"("deletedAt");
