import { notFound } from 'next/navigation'
import { isLocale, type Locale } from './locales'

/**
 * The language of a public page from its route parameters. The layout has
 * already answered an unknown language with "not found"; pages check again
 * because they may render before or without it.
 */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}
