import { useId, type ReactNode } from 'react'
import { controlClassName } from '@/components/ui/input'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'
import { MAX_QUERY_LENGTH } from '@/lib/validation/search'
import { cn } from '@/lib/utils'

export type SiteSearchProps = {
  locale: Locale
  /** The query to show in the box, e.g. the current `?q=` on the search page. */
  defaultValue?: string
  /** Accessible name of the search landmark; give each search form on a page its own. */
  label?: string
  /** `compact` for the header (the label is read out but not shown), `full` for the search page. */
  variant?: 'compact' | 'full'
  /** More fields of the same form, e.g. the search page's type filter. */
  children?: ReactNode
  className?: string
}

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
      <path
        fillRule="evenodd"
        d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.33 3.33a.75.75 0 1 1-1.06 1.06l-3.33-3.33A7 7 0 0 1 2 9Z"
        clipRule="evenodd"
      />
    </svg>
  )
}

/**
 * The site search box: a plain GET form to the search page of the current
 * language, so it works without
 * JavaScript and every search has a shareable URL. The ids come from useId,
 * so the header's box and the search page's box can share a page.
 */
export function SiteSearch({ locale, defaultValue, label, variant = 'compact', children, className }: SiteSearchProps) {
  const t = getTranslator(locale, 'site')
  const id = useId()
  const inputId = `${id}-q`
  const full = variant === 'full'
  return (
    <form
      action={localePath(locale, '/search')}
      method="get"
      role="search"
      aria-label={label ?? t('searchLabel')} className={cn('w-full', className)}>
      <label
        htmlFor={inputId}
        className={full ? 'mb-1 block text-sm font-semibold text-ink' : 'sr-only'}
      >
        {t('searchField')}
      </label>
      <div className={cn('flex flex-wrap items-end gap-3', !full && 'flex-nowrap gap-2')}>
        <input
          id={inputId}
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          placeholder={full ? t('searchPlaceholder') : t('search')}
          className={cn(controlClassName, full ? 'h-11 min-w-0 grow basis-64' : 'h-10 min-w-0 grow')}
        />
        {children}
        <button
          type="submit"
          className={cn(
            'inline-flex shrink-0 items-center justify-center gap-2 rounded-md bg-primary-700 font-medium text-white shadow-sm transition-colors hover:bg-primary-800 active:bg-primary-900',
            full ? 'h-11 px-4 text-sm' : 'size-10',
          )}
        >
          <SearchIcon />
          <span className={full ? undefined : 'sr-only'}>{t('search')}</span>
        </button>
      </div>
    </form>
  )
}
