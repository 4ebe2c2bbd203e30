import 'server-only'
import { revalidatePath } from 'next/cache'

/**
 * Revalidates every URL that showed a news article: the admin list, the
 * public list, the home page and the article, plus its previous URL when the
 * slug changed or the article was unpublished.
 */
export function revalidateNews(slug: string, previousSlug?: string) {
  for (const path of ['/admin/news', '/admin', '/news', `/news/${slug}`, '/']) revalidatePath(path)
  if (previousSlug && previousSlug !== slug) revalidatePath(`/news/${previousSlug}`)
}
