import Link from 'next/link'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { cn } from '@/lib/utils'

export type SearchParamsRecord = Record<string, string | string[] | undefined>

export type PaginationProps = {
  /** The current page, 1-based. */
  page: number
  totalPages: number
  /** The list's path, e.g. "/news" or "/admin/news"; on the public site already in the page's language ("/zh/news"). */
  basePath: string
  /** The language of the labels; the staff area is in English. */
  locale?: Locale
  /**
   * The page's current search params (pass the awaited `searchParams` as is).
   * Everything except `page` is kept in the links, so filters and search
   * survive paging.
   */
  searchParams?: SearchParamsRecord
  /**
   * Load every page as a new document instead of navigating in the client.
   * Needed where the first page is prerendered and the server sends later
   * pages to another route (the public lists, see lib/list-routes.ts): the
   * client router cannot see that rewrite and would show page 1 again.
   */
  reloadDocument?: boolean
  className?: string
}

/** Builds `basePath?…&page=N`, dropping `page` for page 1 so the first page has one URL. */
export function paginationHref(basePath: string, page: number, searchParams: SearchParamsRecord = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams)) {
    if (key === 'page' || value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== '') params.append(key, item)
    }
  }
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `${basePath}?${query}` : basePath
}

type PageItem = number | 'gap'

// Always shows the first and last page and one page either side of the
// current one; a gap of a single page is filled in rather than shown as "…".
function pageItems(page: number, totalPages: number): PageItem[] {
  const wanted = new Set([1, totalPages, page - 1, page, page + 1])
  const pages = [...wanted].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b)
  const items: PageItem[] = []
  let previous = 0
  for (const n of pages) {
    if (n - previous === 2) items.push(n - 1)
    else if (n - previous > 2) items.push('gap')
    items.push(n)
    previous = n
  }
  return items
}

const itemClass =
  'inline-flex h-10 min-w-10 items-center justify-center rounded-md px-3 text-sm font-medium no-underline transition-colors'

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
      <path
        fillRule="evenodd"
        d={
          direction === 'left'
            ? 'M11.78 5.22a.75.75 0 0 1 0 1.06L8.06 10l3.72 3.72a.75.75 0 1 1-1.06 1.06l-4.25-4.25a.75.75 0 0 1 0-1.06l4.25-4.25a.75.75 0 0 1 1.06 0Z'
            : 'M8.22 5.22a.75.75 0 0 1 1.06 0l4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.75.75 0 0 1-1.06-1.06L11.94 10 8.22 6.28a.75.75 0 0 1 0-1.06Z'
        }
        clipRule="evenodd"
      />
    </svg>
  )
}

// "Previous page" to a screen reader, "Previous" on screen; languages whose
// word for "previous" already means the previous page have no suffix.
function PageSuffix({ text }: { text: string }) {
  return text ? <span className="sr-only">{text}</span> : null
}

/**
 * Page navigation made of plain links, so it works without JavaScript and
 * every page has a shareable URL. Renders nothing when there is one page.
 */
export function Pagination({
  page,
  totalPages,
  basePath,
  locale = DEFAULT_LOCALE,
  searchParams,
  reloadDocument = false,
  className,
}: PaginationProps) {
  if (totalPages <= 1) return null
  const t = getTranslator(locale, 'common')
  const PageLink = reloadDocument ? 'a' : Link
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), totalPages)
  const href = (n: number) => paginationHref(basePath, n, searchParams)

  return (
    <nav aria-label={t('pagination.label')} className={cn('flex items-center justify-between gap-2 sm:justify-center', className)}>
      {current > 1 ? (
        <PageLink href={href(current - 1)} rel="prev" className={cn(itemClass, 'gap-1 text-primary-800 hover:bg-primary-50')}>
          <Chevron direction="left" />
          {t('pagination.previous')}
          <PageSuffix text={t('pagination.pageSuffix')} />
        </PageLink>
      ) : (
        <span aria-hidden="true" className={cn(itemClass, 'gap-1 cursor-default text-ink-muted')}>
          <Chevron direction="left" />
          {t('pagination.previous')}
        </span>
      )}

      <p className="text-sm text-ink-muted sm:hidden">
        {t('pagination.pageOf', { page: current, total: totalPages })}
      </p>

      <ul className="hidden items-center gap-1 sm:flex">
        {pageItems(current, totalPages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={item}>
              <PageLink
                href={href(item)}
                aria-current={item === current ? 'page' : undefined}
                aria-label={t('pagination.page', { page: item })}
                className={cn(
                  itemClass,
                  item === current
                    ? 'bg-primary-700 text-white hover:bg-primary-800'
                    : 'text-primary-800 hover:bg-primary-50',
                )}
              >
                {item}
              </PageLink>
            </li>
          ),
        )}
      </ul>

      {current < totalPages ? (
        <PageLink href={href(current + 1)} rel="next" className={cn(itemClass, 'gap-1 text-primary-800 hover:bg-primary-50')}>
          {t('pagination.next')}
          <PageSuffix text={t('pagination.pageSuffix')} />
          <Chevron direction="right" />
        </PageLink>
      ) : (
        <span aria-hidden="true" className={cn(itemClass, 'gap-1 cursor-default text-ink-muted')}>
          {t('pagination.next')}
          <Chevron direction="right" />
        </span>
      )}
    </nav>
  )
}
