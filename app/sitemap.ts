import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { listSitemapEntries } from '@/lib/data/sitemap'
import { LOCALES, localePath } from '@/lib/i18n/locales'
import { languageAlternates } from '@/lib/seo'
import { absoluteUrl } from '@/lib/site-url'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Built per request, so URLs follow the SITE_URL of the running deployment.
  // The entries come from a cached read that every published change expires,
  // so a page appears as soon as it is published and disappears as soon as it
  // is not.
  await connection()
  const entries = await listSitemapEntries()
  // Every page in every language, each listing its versions in the others.
  return entries.flatMap((entry) => {
    const languages = Object.fromEntries(
      Object.entries(languageAlternates(entry.path)).map(([tag, path]) => [tag, absoluteUrl(path)]),
    )
    return LOCALES.map((locale) => ({
      url: absoluteUrl(localePath(locale, entry.path)),
      lastModified: entry.lastModified,
      alternates: { languages },
    }))
  })
}
