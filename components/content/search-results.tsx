import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import type { SearchResult } from '@/lib/data/search'
import { dateLocale, searchResultKindLabel } from '@/lib/i18n/labels'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { formatDate } from '@/lib/utils'
import { HighlightedText } from './search-highlight'

/**
 * One page of search results, best match first; `start` is the number of the
 * first result. Each result's address is its English path, shown here in the
 * page's language.
 */
export function SearchResults({
  results,
  locale,
  start = 1,
}: {
  results: SearchResult[]
  locale: Locale
  start?: number
}) {
  return (
    <ol start={start} className="space-y-4">
      {results.map((result) => (
        <li key={`${result.type}-${result.id}`}>
          <article className="group relative rounded-lg border border-line bg-surface p-5 shadow-sm transition hover:border-primary-300 hover:shadow">
            <p className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted">
              <Badge tone="blue">{searchResultKindLabel(locale, result.type)}</Badge>
              {result.type === 'news' && result.publishedAt ? (
                <time dateTime={result.publishedAt.toISOString()}>{formatDate(result.publishedAt, 'DAY', dateLocale(locale))}</time>
              ) : null}
            </p>
            <h2 className="text-lg font-semibold leading-snug text-ink">
              <Link
                href={localePath(locale, result.href)}
                className="break-words after:absolute after:inset-0 group-hover:text-primary-800"
              >
                <HighlightedText parts={result.titleParts} />
              </Link>
            </h2>
            {result.snippetParts.length > 0 ? (
              <p className="mt-2 break-words text-ink-muted">
                <HighlightedText parts={result.snippetParts} />
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  )
}
