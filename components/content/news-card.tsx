import Link from 'next/link'
import { MediaImage } from '@/components/content/media-image'
import type { NewsCard as NewsCardData } from '@/lib/data/news'
import { dateLocale } from '@/lib/i18n/labels'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { formatDate } from '@/lib/utils'

/** A news article in a list: the whole card links to the article. */
export function NewsCard({
  article,
  locale,
  headingLevel = 2,
}: {
  article: NewsCardData
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="group relative flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition hover:border-primary-300 hover:shadow">
      {article.coverImageUrl ? (
        <MediaImage
          src={article.coverImageUrl}
          alt={article.coverImageAlt ?? ''}
          sizes="(min-width: 1024px) 33vw, (min-width: 768px) 50vw, 100vw"
          className="-mx-5 -mt-5 mb-2 aspect-video w-[calc(100%+2.5rem)] max-w-none rounded-t-lg object-cover"
        />
      ) : null}
      {article.publishedAt ? (
        <p className="text-sm text-ink-muted">
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt, 'DAY', dateLocale(locale))}</time>
        </p>
      ) : null}
      <Heading className="text-lg font-semibold leading-snug text-ink">
        <Link href={localePath(locale, `/news/${article.slug}`)} className="after:absolute after:inset-0 group-hover:text-primary-800">
          {article.title}
        </Link>
      </Heading>
      {article.summary ? <p className="text-ink-muted">{article.summary}</p> : null}
      {article.tags.length > 0 ? (
        <ul className="mt-auto flex flex-wrap gap-2 pt-2" aria-label={getTranslator(locale, 'common')('card.tags')}>
          {article.tags.map((tag) => (
            <li key={tag} className="rounded-full bg-stone-100 px-2.5 py-0.5 text-xs text-stone-700">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  )
}
