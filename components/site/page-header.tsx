import type { ReactNode } from 'react'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { cn } from '@/lib/utils'
import { Breadcrumbs, type BreadcrumbItem } from './breadcrumbs'

export type PageHeaderProps = {
  title: ReactNode
  /** An introductory paragraph under the title. */
  lead?: ReactNode
  breadcrumbs?: BreadcrumbItem[]
  /** The page's language, for the breadcrumbs' label. */
  locale?: Locale
  /** Small content under the lead, e.g. dates or badges. */
  children?: ReactNode
  className?: string
}

/** The top of a public page: optional breadcrumbs, the page's single h1 and an optional lead. */
export function PageHeader({ title, lead, breadcrumbs, locale = DEFAULT_LOCALE, children, className }: PageHeaderProps) {
  return (
    <header className={cn('mb-8 border-b border-line pb-8 sm:mb-10', className)}>
      {breadcrumbs && breadcrumbs.length > 0 ? <Breadcrumbs items={breadcrumbs} locale={locale} className="mb-4" /> : null}
      <h1 className="text-3xl font-bold tracking-tight text-primary-950 sm:text-4xl">{title}</h1>
      {lead ? <p className="mt-4 max-w-3xl text-lg leading-relaxed text-ink-muted">{lead}</p> : null}
      {children ? <div className="mt-4">{children}</div> : null}
    </header>
  )
}
