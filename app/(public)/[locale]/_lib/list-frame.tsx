import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { PageHeader } from '@/components/site/page-header'
import { homeCrumb } from '@/components/site/breadcrumbs'
import type { Locale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { pageMetadata } from '@/lib/seo'

/** The public lists, by their path segment and their key in the 'lists' messages. */
export type ListName = 'organizations' | 'projects' | 'mous' | 'conferences' | 'trainings' | 'news'

/** A list page's title, description and addresses, in the page's language. */
export function listPageMetadata(locale: Locale, list: ListName): Metadata {
  const t = getTranslator(locale, 'lists')
  return pageMetadata({ locale, title: t(`${list}.title`), description: t(`${list}.description`), path: `/${list}` })
}

/**
 * The top of a list page: breadcrumbs, title and lead, and optional content
 * under them (the news feed link). `crumb` names the page in the trail when
 * the title is too long for it.
 */
export function ListPageHeader({
  locale,
  list,
  crumb,
  children,
}: {
  locale: Locale
  list: ListName
  crumb?: string
  children?: ReactNode
}) {
  const t = getTranslator(locale, 'lists')
  return (
    <PageHeader
      title={t(`${list}.title`)}
      lead={t(`${list}.lead`)}
      locale={locale}
      breadcrumbs={[homeCrumb(locale), { label: crumb ?? t(`${list}.title`) }]}
    >
      {children}
    </PageHeader>
  )
}
