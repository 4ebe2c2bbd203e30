import { type Locale } from '@/lib/i18n/locales'
import { datasetTranslations } from '@/lib/i18n/messages/data'
import type { Dataset } from '@/lib/open-data/datasets'

type DatasetText = {
  title: string
  description: string
  fields: Readonly<Record<string, string>>
  columns?: Readonly<Record<string, string>>
}

/**
 * A dataset's documentation in `locale`: its name, description, the
 * meaning of each API field and of each CSV column. Field names, types and
 * CSV headers stay as the API and the files have them. English is the
 * documentation in lib/open-data/datasets.ts itself; a text without a
 * translation (a field added since) keeps its English wording rather than
 * leaving a blank cell.
 */
export function localizeDataset(dataset: Dataset, locale: Locale): Dataset {
  if (locale === 'en') return dataset
  const texts: Readonly<Record<string, DatasetText | undefined>> = datasetTranslations[locale]
  const text = texts[dataset.id]
  if (!text) return dataset
  return {
    ...dataset,
    title: text.title,
    description: text.description,
    fields: dataset.fields.map((field) => ({ ...field, meaning: text.fields[field.name] ?? field.meaning })),
    csvColumns:
      dataset.csvColumns?.map((column) => ({
        ...column,
        description: text.columns?.[column.header] ?? column.description,
      })) ?? null,
  }
}
