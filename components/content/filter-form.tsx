import Link from 'next/link'
import { Button } from '@/components/ui/button'
import { Select } from '@/components/ui/select'
import type { Locale } from '@/lib/i18n/locales'
import { getTranslator } from '@/lib/i18n/translator'

export type FilterOption = { value: string; label: string }

export type FilterField = {
  /** The query parameter, e.g. "country". */
  name: string
  label: string
  /** Text of the empty choice, e.g. "All countries". */
  anyLabel: string
  options: FilterOption[]
  /** The current value from the URL, if any. */
  value?: string
}

/**
 * A list's filters as a plain GET form: the choices live in the URL, so a
 * filtered list can be shared and bookmarked, the back button works, and
 * nothing needs JavaScript. Submitting starts again at page 1.
 */
export function FilterForm({
  action,
  fields,
  locale,
  label,
}: {
  /** The list's path in the page's language, e.g. "/projects" or "/zh/projects". */
  action: string
  fields: FilterField[]
  locale: Locale
  label?: string
}) {
  const t = getTranslator(locale, 'common')
  const active = fields.some((f) => f.value)
  return (
    <form
      // A select keeps its chosen value across client-side navigations; keying
      // the form by the URL's filters remounts it, so the selects always show
      // what the list is filtered by (after "Clear filters" or Back too).
      key={fields.map((f) => `${f.name}=${f.value ?? ''}`).join('&')}
      action={action}
      role="search"
      aria-label={label ?? t('filters.label')}
      className="mb-8 flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface p-4"
    >
      {fields.map((field) => (
        <div key={field.name} className="min-w-44 grow basis-44">
          <label htmlFor={`filter-${field.name}`} className="mb-1 block text-sm font-semibold text-ink">
            {field.label}
          </label>
          <Select id={`filter-${field.name}`} name={field.name} defaultValue={field.value ?? ''}>
            <option value="">{field.anyLabel}</option>
            {field.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </div>
      ))}
      <div className="flex items-center gap-3">
        <Button type="submit">{t('filters.apply')}</Button>
        {active ? (
          <Link href={action} className="font-medium text-primary-800 underline underline-offset-4">
            {t('filters.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  )
}
