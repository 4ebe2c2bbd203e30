import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { PageHeader } from '@/components/site/page-header'
import { homeCrumb } from '@/components/site/breadcrumbs'
import { getOpenDataAsOf } from '@/lib/data/open-data'
import { dateLocale } from '@/lib/i18n/labels'
import { type Locale, localePath } from '@/lib/i18n/locales'
import { localeParam } from '@/lib/i18n/params'
import { getTranslator } from '@/lib/i18n/translator'
import { DATASETS, LICENCE, type Dataset } from '@/lib/open-data/datasets'
import { API_DEFAULT_PER_PAGE, API_MAX_PER_PAGE } from '@/lib/open-data/pagination'
import { pageMetadata } from '@/lib/seo'
import { formatDate } from '@/lib/utils'
import { DocTable } from './_components/doc-table'
import { localizeDataset } from './_components/localize-dataset'

export async function generateMetadata(props: PageProps<'/[locale]/data'>): Promise<Metadata> {
  const locale = await localeParam(props.params)
  const t = getTranslator(locale, 'data')
  return pageMetadata({ locale, title: t('title'), description: t('description'), path: '/data' })
}

// Prerendered: the "as of" date comes from a cached read that every
// published change expires, so it follows the published content.

const linkClass = 'font-medium text-primary-800 underline decoration-primary-300 underline-offset-2 hover:decoration-current'
const codeClass = 'rounded-sm bg-primary-50 px-1 py-0.5 font-mono text-[0.9em] text-primary-950 break-words'
const preClass =
  'mt-4 rounded-lg border border-line bg-surface p-4 font-mono text-sm leading-relaxed whitespace-pre-wrap break-words text-ink'

const exampleResponse = `{
  "data": [ { "slug": "igdp-phase-3", "title": "…", … } ],
  "meta": { "page": 1, "perPage": ${API_DEFAULT_PER_PAGE}, "total": 13, "totalPages": 1 },
  "links": {
    "self": "…/api/v1/projects?page=1&per_page=${API_DEFAULT_PER_PAGE}",
    "next": null,
    "prev": null
  }
}`

/** The rich-text tag that marks code in the messages: paths, headers and values stay as they are. */
const code = (chunks: ReactNode) => <code className={codeClass}>{chunks}</code>

function Section({ id, title, children, after }: { id: string; title: string; children: ReactNode; after?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-12">
      <h2 id={id} className="text-2xl font-bold tracking-tight text-primary-950">
        {title}
      </h2>
      <div className="mt-4 max-w-3xl space-y-4 leading-relaxed">{children}</div>
      {after}
    </section>
  )
}

export default async function OpenDataPage(props: PageProps<'/[locale]/data'>) {
  const locale = await localeParam(props.params)
  const t = getTranslator(locale, 'data')
  const asOf = await getOpenDataAsOf()
  const datasets = DATASETS.map((dataset) => localizeDataset(dataset, locale))
  const csvDatasets = datasets.filter((d) => d.csvColumns)

  return (
    <>
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        breadcrumbs={[
          homeCrumb(locale),
          { label: t('title') },
        ]}
        locale={locale}
      >
        <p className="text-sm text-ink-muted">
          {asOf
            ? t.rich('asOf', {
                date: formatDate(asOf, 'DAY', dateLocale(locale)),
                time: (chunks) => <time dateTime={asOf.toISOString()}>{chunks}</time>,
              })
            : t('nothingPublished')}
        </p>
      </PageHeader>

      <Section id="available" title={t('available.heading')}>
        <p>{t('available.intro')}</p>
        <ul className="list-disc space-y-3 pl-6">
          {datasets.map((dataset) => (
            <li key={dataset.id}>
              <a href={`#dataset-${dataset.id}`} className={linkClass}>
                {dataset.title}
              </a>
              {t('available.separator')}
              {dataset.description}
              {t('available.api')}
              <code className={codeClass}>/api/v1/{dataset.id}</code>
              {dataset.csvColumns ? (
                <>
                  {t('available.csv')}
                  <a href={`/data/${dataset.id}.csv`} download className={linkClass}>
                    {dataset.id}.csv
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="licence" title={t('licence.heading')}>
        <p>
          {t.rich('licence.body', {
            licence: () => (
              <a href={LICENCE.url} rel="noopener noreferrer" className={linkClass}>
                {LICENCE.name}
              </a>
            ),
          })}
        </p>
      </Section>

      <Section id="api" title={t('api.heading')}>
        <p>{t.rich('api.intro', { code })}</p>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t.rich('api.list', { code, call: 'GET /api/v1/<dataset>?page=N&per_page=M' })}</li>
          <li>
            {t.rich('api.one', { code, call: 'GET /api/v1/<dataset>/<slug>', shape: '{ "data": { … } }' })}
          </li>
        </ul>
        <h3 className="pt-2 text-lg font-semibold text-primary-950">{t('api.paginationHeading')}</h3>
        <p>
          {t.rich('api.pagination', {
            code,
            defaultPerPage: API_DEFAULT_PER_PAGE,
            maxPerPage: API_MAX_PER_PAGE,
            errorShape: '{ "error": { "message": "…" } }',
          })}
        </p>
        <pre className={preClass}>
          <code>{exampleResponse}</code>
        </pre>
        <p>{t.rich('api.dates', { code })}</p>
      </Section>

      <Section id="csv" title={t('csv.heading')}>
        <p>{t.rich('csv.body', { code })}</p>
        <ul className="list-disc space-y-2 pl-6">
          {csvDatasets.map((dataset) => (
            <li key={dataset.id}>
              <a href={`/data/${dataset.id}.csv`} download className={linkClass}>
                {t('csv.link', { title: dataset.title })}
              </a>
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="datasets"
        title={t('datasets.heading')}
        after={datasets.map((dataset) => (
          <DatasetSection key={dataset.id} dataset={dataset} locale={locale} />
        ))}
      >
        <p>{t('datasets.intro')}</p>
      </Section>
    </>
  )
}

function DatasetSection({ dataset, locale }: { dataset: Dataset; locale: Locale }) {
  const t = getTranslator(locale, 'data')
  return (
    <section aria-labelledby={`dataset-${dataset.id}`} className="mt-10">
      <h3 id={`dataset-${dataset.id}`} className="text-xl font-semibold text-primary-950">
        {dataset.title}
      </h3>
      <p className="mt-2 max-w-3xl leading-relaxed">
        {dataset.description}{' '}
        {t.rich('datasets.onSite', {
          // Lower case reads as a phrase in English; scripts without case are unaffected.
          name: dataset.title.toLowerCase(),
          link: (chunks) => (
            <Link href={localePath(locale, dataset.sitePath)} className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>
          {t.rich('datasets.paths', {
            listPath: `/api/v1/${dataset.id}`,
            onePath: `/api/v1/${dataset.id}/<slug>`,
            list: (chunks) => (
              <a href={`/api/v1/${dataset.id}`} className={linkClass}>
                <code className="font-mono text-[0.9em]">{chunks}</code>
              </a>
            ),
            one: (chunks) => <code className={codeClass}>{chunks}</code>,
          })}
        </li>
        {dataset.csvColumns ? (
          <li>
            <a href={`/data/${dataset.id}.csv`} download className={linkClass}>
              <code className="font-mono text-[0.9em]">/data/{dataset.id}.csv</code>
            </a>
          </li>
        ) : null}
      </ul>
      <div className="mt-5 space-y-6">
        <DocTable
          id={`fields-${dataset.id}`}
          caption={t('datasets.fieldsCaption', { title: dataset.title })}
          columns={[{ header: t('datasets.field') }, { header: t('datasets.type') }, { header: t('datasets.meaning') }]}
          rows={dataset.fields.map((field) => ({
            key: field.name,
            cells: [<code key="name" className="font-mono">{field.name}</code>, field.type, field.meaning],
          }))}
        />
        {dataset.csvColumns ? (
          <DocTable
            id={`columns-${dataset.id}`}
            caption={t('datasets.columnsCaption', { title: dataset.title, file: `${dataset.id}.csv` })}
            columns={[{ header: t('datasets.column') }, { header: t('datasets.meaning') }]}
            rows={dataset.csvColumns.map((column) => ({
              key: column.header,
              cells: [column.header, column.description],
            }))}
          />
        ) : null}
      </div>
    </section>
  )
}
