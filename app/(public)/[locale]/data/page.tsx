import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { PageHeader } from '@/components/site/page-header'
import { getOpenDataAsOf } from '@/lib/data/open-data'
import { DATASETS, LICENCE, type Dataset } from '@/lib/open-data/datasets'
import { API_DEFAULT_PER_PAGE, API_MAX_PER_PAGE } from '@/lib/open-data/pagination'
import { formatDate } from '@/lib/utils'
import { DocTable } from './_components/doc-table'

export const metadata: Metadata = {
  title: 'Open data',
  description:
    'Our partners, projects, MOUs, conferences, trainings and news as open data: a read-only JSON API and CSV downloads under CC BY 4.0.',
  alternates: { canonical: '/data' },
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

export default async function OpenDataPage() {
  const asOf = await getOpenDataAsOf()
  const csvDatasets = DATASETS.filter((d) => d.csvColumns)

  return (
    <>
      <PageHeader
        title="Open data"
        lead="Everything published on this site about our international cooperation is open data: read it through a JSON API or download it as CSV, and reuse it under an open licence."
        breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Open data' }]}
      >
        <p className="text-sm text-ink-muted">
          {asOf ? (
            <>
              Data as of <time dateTime={asOf.toISOString()}>{formatDate(asOf, 'DAY')}</time>, the date of the latest
              change to published content.
            </>
          ) : (
            'No content has been published yet.'
          )}
        </p>
      </PageHeader>

      <Section id="available" title="What is available">
        <p>
          Six datasets, each with the published records only: drafts and withdrawn items never appear. The API
          offers all six; four of them can also be downloaded as a spreadsheet-ready CSV file.
        </p>
        <ul className="list-disc space-y-3 pl-6">
          {DATASETS.map((dataset) => (
            <li key={dataset.id}>
              <a href={`#dataset-${dataset.id}`} className={linkClass}>
                {dataset.title}
              </a>
              : {dataset.description} API: <code className={codeClass}>/api/v1/{dataset.id}</code>
              {dataset.csvColumns ? (
                <>
                  {' '}
                  · CSV:{' '}
                  <a href={`/data/${dataset.id}.csv`} download className={linkClass}>
                    {dataset.id}.csv
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="licence" title="Licence">
        <p>
          The data is published under the{' '}
          <a href={LICENCE.url} rel="noopener noreferrer" className={linkClass}>
            {LICENCE.name}
          </a>{' '}
          licence. You may copy, share and adapt it for any purpose, including commercially, as long as you credit the
          International Cooperation Office of the National Geological Survey as the source and say whether you changed
          it.
        </p>
      </Section>

      <Section id="api" title="JSON API">
        <p>
          The API is read-only, needs no key and can be called from any web page (it answers with{' '}
          <code className={codeClass}>Access-Control-Allow-Origin: *</code>). Responses are JSON in UTF-8 and may be
          cached for five minutes.
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <code className={codeClass}>GET /api/v1/&lt;dataset&gt;?page=N&amp;per_page=M</code> lists records, in
            the same order as the site&apos;s lists.
          </li>
          <li>
            <code className={codeClass}>GET /api/v1/&lt;dataset&gt;/&lt;slug&gt;</code> returns one record as{' '}
            <code className={codeClass}>{'{ "data": { … } }'}</code>, or status 404 when no published record has that
            slug.
          </li>
        </ul>
        <h3 className="pt-2 text-lg font-semibold text-primary-950">Pagination</h3>
        <p>
          <code className={codeClass}>page</code> starts at 1; <code className={codeClass}>per_page</code> is{' '}
          {API_DEFAULT_PER_PAGE} unless you ask for another number up to {API_MAX_PER_PAGE}. Both must be whole
          numbers: any other value is answered with status 400 and an error in the form{' '}
          <code className={codeClass}>{'{ "error": { "message": "…" } }'}</code>. A list answers with the records,
          the paging details and links to neighbouring pages (null where there is none):
        </p>
        <pre className={preClass}>
          <code>{exampleResponse}</code>
        </pre>
        <p>
          Dates of events and agreements are calendar dates (<code className={codeClass}>YYYY-MM-DD</code>), and{' '}
          <code className={codeClass}>datePrecision</code> says whether the day, only the month or only the year is
          known. <code className={codeClass}>publishedAt</code> and <code className={codeClass}>updatedAt</code> are
          ISO 8601 date-times in UTC. Related records are given by slug and name, so you can fetch them from their own
          endpoint.
        </p>
      </Section>

      <Section id="csv" title="CSV downloads">
        <p>
          The CSV files hold every published record of a dataset, one row each, with a header row of plain English
          column names. They follow RFC 4180: comma-separated, CRLF line endings, and values with commas, quotes or
          line breaks in double quotes. They are encoded in UTF-8 with a byte order mark, so spreadsheet apps show
          Chinese, Japanese and other names correctly. Several names in one cell are separated by a semicolon and a
          space. A value that starts with <code className={codeClass}>=</code>, <code className={codeClass}>+</code>,{' '}
          <code className={codeClass}>-</code> or <code className={codeClass}>@</code> is prefixed with an apostrophe
          so that no spreadsheet treats it as a formula.
        </p>
        <ul className="list-disc space-y-2 pl-6">
          {csvDatasets.map((dataset) => (
            <li key={dataset.id}>
              <a href={`/data/${dataset.id}.csv`} download className={linkClass}>
                {dataset.title} (CSV)
              </a>
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="datasets"
        title="Datasets and fields"
        after={DATASETS.map((dataset) => (
          <DatasetSection key={dataset.id} dataset={dataset} />
        ))}
      >
        <p>Each dataset&apos;s record in the API, and the columns of its CSV file where it has one.</p>
      </Section>
    </>
  )
}

function DatasetSection({ dataset }: { dataset: Dataset }) {
  return (
    <section aria-labelledby={`dataset-${dataset.id}`} className="mt-10">
      <h3 id={`dataset-${dataset.id}`} className="text-xl font-semibold text-primary-950">
        {dataset.title}
      </h3>
      <p className="mt-2 max-w-3xl leading-relaxed">
        {dataset.description} On the site:{' '}
        <Link href={dataset.sitePath} className={linkClass}>
          {dataset.title.toLowerCase()}
        </Link>
        .
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>
          <a href={`/api/v1/${dataset.id}`} className={linkClass}>
            <code className="font-mono text-[0.9em]">/api/v1/{dataset.id}</code>
          </a>{' '}
          and <code className={codeClass}>/api/v1/{dataset.id}/&lt;slug&gt;</code>
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
          caption={`${dataset.title}: fields of an API record`}
          columns={[{ header: 'Field' }, { header: 'Type' }, { header: 'Meaning' }]}
          rows={dataset.fields.map((field) => ({
            key: field.name,
            cells: [<code key="name" className="font-mono">{field.name}</code>, field.type, field.meaning],
          }))}
        />
        {dataset.csvColumns ? (
          <DocTable
            id={`columns-${dataset.id}`}
            caption={`${dataset.title}: columns of ${dataset.id}.csv`}
            columns={[{ header: 'Column' }, { header: 'Meaning' }]}
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
