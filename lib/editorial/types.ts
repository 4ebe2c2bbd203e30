import type { z } from 'zod'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ContentStatus, ContentType } from '@/lib/generated/prisma/enums'

export type Tx = Prisma.TransactionClient

/**
 * An item's working copy as the string values of its form fields, e.g.
 * `{ title: '…', slug: '…', counterpartIds: 'id1,id2' }`. This is what
 * revisions and pending drafts store, what the form shows, and what the
 * draft and publish schemas parse, so a stored revision can always be put
 * back into the form or restored.
 */
export type FormValues = Record<string, string>

/** The URL segment of a content type under /admin. */
export const ADMIN_SEGMENTS = ['organizations', 'projects', 'mous', 'conferences', 'trainings', 'news'] as const
export type AdminSegment = (typeof ADMIN_SEGMENTS)[number]

/** One choice of a relationship picker or select, loaded on the server. */
export type Option = { value: string; label: string; hint?: string }

/** The rows a relationship picker links to, and the sources of the server search (`/admin/options/<source>`). */
export const PICKER_SOURCES = ['organizations', 'projects', 'mous', 'conferences', 'trainings', 'documents'] as const
export type PickerSource = (typeof PICKER_SOURCES)[number]

/**
 * A relationship picker over database rows (an MOU's counterparts, an
 * article's related projects…): where its candidates come from, and how
 * the form lists every one of them while there are few.
 */
export type PickerField = {
  source: PickerSource
  /** Every candidate, as the picker lists them while there are few. */
  list(tx: Tx): Promise<Option[]>
}

/**
 * What a content form gets for one relationship picker. While there are few
 * candidates, all of them (`list`). Beyond the threshold of
 * lib/editorial/picker-rules.ts, sending every candidate with each page would
 * make the page grow with the database, so the form gets only the chosen
 * items, a few suggestions and the total, and searches the rest on the server
 * (`search`).
 */
export type PickerChoices =
  | { mode: 'list'; options: Option[] }
  | {
      mode: 'search'
      source: PickerSource
      /** How many candidates there are (rows not in the trash). */
      total: number
      /** The chosen rows, in the order of the field's value; rows in the trash or deleted are named as such. */
      chosen: Option[]
      /** The most recently changed candidates that are not chosen, by label. */
      suggestions: Option[]
    }

/** A field as the history diff and the conflict message name it. */
export type FieldDef = {
  name: string
  label: string
  /** Long text is diffed line by line instead of shown whole. */
  long?: boolean
}

/** A column of the admin list besides title, status and "last changed". */
export type ListColumn = {
  /** A scalar column of the model. */
  field: string
  label: string
  render: (value: unknown) => string
  sortable?: boolean
}

/**
 * Everything the editorial core (lib/editorial/service.ts) needs to know about
 * one content type. The core owns status, version, revisions, pending drafts,
 * schedules, trash and the audit log; an adapter only maps form values to
 * the type's columns and relations.
 */
export interface ContentAdapter<I extends { slug: string } = { slug: string }> {
  type: ContentType
  segment: AdminSegment
  /** Lower-case nouns for messages: "organization" / "organizations". */
  noun: string
  nounPlural: string
  /** The admin list's heading when it is not the capitalised plural, e.g. "News". */
  title?: string
  /** The Prisma delegate of the model, e.g. `'mou'` for `tx.mou`. */
  model: 'organization' | 'project' | 'mou' | 'conference' | 'training' | 'newsArticle'
  /** The column shown as the item's title in lists. */
  titleField: string
  /** Text columns the admin list's search box matches (case-insensitive). */
  searchFields: string[]
  /** Extra admin list columns. */
  listColumns: ListColumn[]
  /** Field names and labels in form order. */
  fields: FieldDef[]
  /** Parses form values for a draft save: identity fields required, the rest may be missing. */
  draftSchema: z.ZodType<I>
  /** Parses form values before publishing: the full set of rules. */
  publishSchema: z.ZodType<I>
  /** The canonical form values of a parsed input (what revisions store). */
  toFormValues(input: I): FormValues
  titleOf(input: I): string
  /** The live row's content (not editorial) columns and relations as form values; null when there is no row. */
  readLive(tx: Tx, id: string): Promise<FormValues | null>
  /** Inserts the row with its relations; status and version are left to their defaults. */
  create(tx: Tx, input: I, meta: { userId: string }): Promise<{ id: string }>
  /** Overwrites the row's content columns and replaces its relations. */
  update(tx: Tx, id: string, input: I): Promise<void>
  /** Choices for the form's selects, and pickers over fixed lists (countries…). */
  loadOptions?(tx: Tx): Promise<Record<string, Option[]>>
  /** The form's relationship pickers over database rows, by field name (see `PickerChoices`). */
  pickers?: Readonly<Record<string, PickerField>>
  /** Values with ids replaced by names, for the history diff and conflict message. */
  describe?(tx: Tx, values: FormValues): Promise<FormValues>
  /** The public page of a published item. */
  publicPath(slug: string): string
}

/** An item's editorial state as the editor page shows it. */
export type EditorialState = {
  id: string
  slug: string
  status: ContentStatus
  version: number
  publishedAt: Date | null
  deletedAt: Date | null
  createdAt: Date
  updatedAt: Date
  /** Unpublished changes to a published item. */
  pendingDraft: { inReview: boolean; updatedAt: Date } | null
  scheduled: Array<{ id: string; action: 'PUBLISH' | 'UNPUBLISH'; runAt: Date; failedAt: Date | null; error: string | null }>
}

/** One changed field between two versions. */
export type FieldChange = { name: string; label: string; before: string; after: string; long?: boolean }
