'use client'

import { useParams } from 'next/navigation'
import { NotFoundContent } from '@/components/site/not-found-content'
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales'

// Rendered inside the language's layout (header and footer included). A
// not-found page gets no route parameters as props, so the language comes
// from the router.
export default function LocaleNotFound() {
  const param = useParams<{ locale: string }>().locale
  const locale = isLocale(param) ? param : DEFAULT_LOCALE
  return <NotFoundContent locale={locale} />
}
