-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "nativeName" TEXT,
ADD COLUMN     "nativeNameLang" TEXT,
ADD COLUMN     "romanizedName" TEXT;

-- CreateTable
CREATE TABLE "Translation" (
    "entityType" "ContentType" NOT NULL,
    "entityId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Translation_pkey" PRIMARY KEY ("entityType","entityId","locale","field")
);


-- CreateIndex
CREATE INDEX "Translation_locale_entityType_idx" ON "Translation"("locale", "entityType");

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Content is translated from English into these languages only
-- (CONTENT_LOCALES in lib/i18n/content-fields.ts). A trigger rather than a
-- CHECK constraint: the WebAssembly schema engine behind scripts/db/migrate.ts
-- cannot read CHECK constraints back (its describer panics on them), which
-- would break `migrate.ts check` and `create` for every later migration.
CREATE FUNCTION "translation_locale_allowed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."locale" NOT IN ('zh', 'ja') THEN
    RAISE EXCEPTION 'Translation locale % is not allowed (zh or ja)', NEW."locale"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Translation_locale_allowed"
  BEFORE INSERT OR UPDATE OF "locale" ON "Translation"
  FOR EACH ROW EXECUTE FUNCTION "translation_locale_allowed"();
