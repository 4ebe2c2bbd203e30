import 'server-only'
import { db } from '@/lib/db'
import type { ContentType } from '@/lib/generated/prisma/enums'
import type { ContentLocale } from '@/lib/i18n/content-fields'
import type { TranslationMap } from './status'

export { localizeRow, type TranslationMap } from './status'

/**
 * The translations of the given items in `locale`, in one query, for
 * localizeRow. English needs none: callers skip this for `en`. Trashed or
 * unpublished items are the caller's concern (it passes only the ids of rows
 * it may show).
 */
export async function loadTranslations(type: ContentType, ids: string[], locale: ContentLocale): Promise<TranslationMap> {
  const map: TranslationMap = new Map()
  const unique = [...new Set(ids)]
  if (unique.length === 0) return map
  const rows = await db.translation.findMany({
    where: { entityType: type, entityId: { in: unique }, locale },
    select: { entityId: true, field: true, value: true, source: true },
  })
  for (const { entityId, field, value, source } of rows) {
    let fields = map.get(entityId)
    if (!fields) map.set(entityId, (fields = new Map()))
    fields.set(field, { value, source })
  }
  return map
}
