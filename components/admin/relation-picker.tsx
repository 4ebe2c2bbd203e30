'use client'

import { type ReactNode, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react'
import { Button } from '@/components/ui/button'
import { ErrorList } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import {
  PICKER_QUERY_MAX_LENGTH,
  PICKER_SEARCH_DELAY_MS,
  PICKER_SOURCE_NOUNS,
  chosenInOrder,
  matchesMessage,
  splitIds,
} from '@/lib/editorial/picker-rules'
import type { Option, PickerChoices, PickerSource } from '@/lib/editorial/types'
import { cn } from '@/lib/utils'
import { SelectField, type SelectFieldProps } from './form-fields'
import { OptionsPicker, type OptionsPickerProps } from './options-picker'

export type RelationPickerProps = Omit<OptionsPickerProps, 'options'> & {
  /** The picker's choices from the server: every candidate, or what a search needs. */
  choices: PickerChoices | undefined
}

/**
 * A multiple choice of related rows (an MOU's counterparts, an article's
 * related projects…). With few candidates it lists them all (OptionsPicker);
 * with many it searches them on the server (SearchPicker), so that the page
 * does not carry every row of the table.
 */
export function RelationPicker({ choices, ...props }: RelationPickerProps) {
  if (choices?.mode !== 'search') return <OptionsPicker {...props} options={choices?.options ?? []} />
  return (
    <SearchPicker
      {...props}
      source={choices.source}
      total={choices.total}
      chosen={choices.chosen}
      suggestions={choices.suggestions}
    />
  )
}

export type RelationSelectProps = Omit<SelectFieldProps, 'options' | 'label' | 'description' | 'placeholder'> & {
  label: string
  description?: string
  /** The choice of no row, e.g. "None": the select's first option, the picker's first radio. */
  placeholder: string
  /** The picker's choices from the server: every candidate, or what a search needs. */
  choices: PickerChoices | undefined
  /** What the select lists of every candidate, e.g. without the item being edited. */
  listed?: (options: Option[]) => Option[]
  /** A row the search never offers, e.g. the item being edited. */
  exclude?: string
}

/**
 * A single choice of a related row (the MOU an MOU renews, a training's
 * organizer): a select of every candidate while there are few, else a
 * picker that searches them on the server (SingleSearchPicker).
 */
export function RelationSelect({ choices, listed = (options) => options, exclude, placeholder, ...field }: RelationSelectProps) {
  if (choices?.mode !== 'search') return <SelectField {...field} placeholder={placeholder} options={listed(choices?.options ?? [])} />
  return (
    <SingleSearchPicker
      name={field.id}
      legend={field.label}
      description={field.description}
      errors={field.errors ?? undefined}
      required={field.required}
      defaultValue={field.defaultValue}
      noneLabel={placeholder}
      source={choices.source}
      total={choices.total}
      chosen={choices.chosen}
      suggestions={choices.suggestions}
      exclude={exclude}
    />
  )
}

/** What both searching pickers take besides the field's own props. */
type SearchingProps = {
  source: PickerSource
  /** How many candidates there are in all. */
  total: number
  /** The names of the chosen rows, in any order: the order is the one of `defaultValue`. */
  chosen: readonly Option[]
  /** A few candidates offered before any search (the most recently changed). */
  suggestions: readonly Option[]
  /** A row never offered, e.g. the item being edited. */
  exclude?: string
}

// ---- The search shared by both pickers ------------------------------------------

/** The latest search; a `query` other than what the box now holds means a newer search is under way. */
type Search =
  | { state: 'none' }
  | { state: 'searching'; query: string }
  | { state: 'done'; query: string; results: Option[]; more: boolean }
  | { state: 'failed'; query: string; message: string }

const noSubscription = () => () => {}

/**
 * False in the server's HTML (and so without JavaScript) and while it is
 * hydrated; true once React runs in the browser, and at once for a picker
 * mounted later (after a failed save).
 */
function useEnhanced(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

function isOption(value: unknown): value is Option {
  if (typeof value !== 'object' || value === null) return false
  const o = value as Record<string, unknown>
  return typeof o.value === 'string' && typeof o.label === 'string' && (o.hint === undefined || typeof o.hint === 'string')
}

/** The search answer, or null when it is not one (a login page after a redirect, say). */
function parseAnswer(body: unknown): { results: Option[]; more: boolean } | null {
  if (typeof body !== 'object' || body === null) return null
  const { results, more } = body as Record<string, unknown>
  if (!Array.isArray(results) || !results.every(isOption) || typeof more !== 'boolean') return null
  return { results, more }
}

const KEPT = 'What you have chosen is kept.'

/** What to tell the editor when a search was answered with something else than results. */
function failureMessage(response: Response): string {
  // The proxy sends a request without a session cookie to the login page.
  if (response.status === 401 || response.type === 'opaqueredirect')
    return `Your session has ended, so the search did not run. Sign in again in another tab, then search again. ${KEPT}`
  if (response.status === 403) return `Your account may not search these items. ${KEPT}`
  return `The search failed. Try again in a moment. ${KEPT}`
}

/** "related MOUs" from "Related MOUs": capitalised words are lowered, acronyms kept. */
function lowerWords(text: string): string {
  return text.replace(/\b([A-Z])([a-z])/g, (_, first: string, second: string) => `${first.toLowerCase()}${second}`)
}

/**
 * The search box's state and what it lists: the suggestions while the box
 * is empty (and without JavaScript), else the server's matches for what it
 * holds, searched once typing pauses.
 */
function useServerSearch({ source, total, suggestions, exclude }: Omit<SearchingProps, 'chosen'>) {
  const enhanced = useEnhanced()
  const [text, setText] = useState('')
  const [search, setSearch] = useState<Search>({ state: 'none' })
  const query = text.trim()

  useEffect(() => {
    if (!enhanced || query === '') return
    // Each keystroke cancels the search the previous one scheduled or started.
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      setSearch({ state: 'searching', query })
      const params = new URLSearchParams({ q: query })
      if (exclude) params.set('exclude', exclude)
      try {
        const response = await fetch(`/admin/options/${source}?${params}`, {
          signal: controller.signal,
          headers: { Accept: 'application/json' },
          cache: 'no-store',
          redirect: 'manual',
        })
        const answer = response.ok ? parseAnswer(await response.json().catch(() => null)) : null
        if (controller.signal.aborted) return
        setSearch(answer ? { state: 'done', query, ...answer } : { state: 'failed', query, message: failureMessage(response) })
      } catch {
        if (controller.signal.aborted) return
        setSearch({ state: 'failed', query, message: `The search failed: the server could not be reached. ${KEPT}` })
      }
    }, PICKER_SEARCH_DELAY_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [enhanced, query, source, exclude])

  let offered: readonly Option[] = []
  let heading = ''
  let status: ReactNode = null
  if (!enhanced || query === '') {
    offered = suggestions.filter((o) => o.value !== exclude)
    heading = 'Recently changed'
    status = `Type part of a name to search all ${total} ${PICKER_SOURCE_NOUNS[source].many}.`
  } else if (search.state === 'done' && search.query === query) {
    offered = search.results
    heading = `Matches for “${query}”`
    status = matchesMessage(query, search.results.length, search.more)
  } else if (search.state === 'failed' && search.query === query) {
    status = <span className="font-medium text-red-700">{search.message}</span>
  } else {
    // Until the answer comes, the previous matches stay, so the list does not jump.
    offered = search.state === 'done' ? search.results : []
    heading = search.state === 'done' ? `Matches for “${search.query}”` : ''
    status = 'Searching…'
  }
  return { enhanced, text, setText, offered, heading, status }
}

/** The labelled search box and the live region that says what the search found. */
function SearchBox({
  id,
  legend,
  text,
  setText,
  status,
}: {
  id: string
  legend: string
  text: string
  setText: (text: string) => void
  status: ReactNode
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={`${id}-search`} className="block text-sm font-medium text-ink">
        Search {lowerWords(legend)}
      </label>
      <Input
        id={`${id}-search`}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={text}
        maxLength={PICKER_QUERY_MAX_LENGTH}
        aria-describedby={`${id}-status`}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter in the search box must not submit the whole form.
          if (e.key === 'Enter') e.preventDefault()
        }}
        className="max-w-md"
      />
      <p id={`${id}-status`} className="text-sm text-ink-muted" aria-live="polite">
        {status}
      </p>
    </div>
  )
}

/** A list of rows under a short heading that names it, e.g. "Chosen (2)" or "Matches for “geo”". */
function RowList({ id, heading, children, scroll = false }: { id: string; heading: ReactNode; children: ReactNode; scroll?: boolean }) {
  return (
    <div className="space-y-1.5">
      <p id={id} className="text-sm font-medium text-ink">
        {heading}
      </p>
      <ul
        aria-labelledby={id}
        className={cn(
          'divide-y divide-stone-100 rounded-md border border-stone-300 bg-white',
          scroll && 'max-h-64 overflow-y-auto',
        )}
      >
        {children}
      </ul>
    </div>
  )
}

function RowText({ option }: { option: Option }) {
  return (
    <span>
      {option.label}
      {option.hint ? <span className="block text-ink-muted">{option.hint}</span> : null}
    </span>
  )
}

/** The legend, description and error list every searching picker has, around its rows. */
function PickerFrame({
  id,
  name,
  legend,
  description,
  errors,
  required,
  className,
  children,
}: Pick<OptionsPickerProps, 'name' | 'legend' | 'description' | 'errors' | 'required' | 'className'> & {
  id: string
  children: ReactNode
}) {
  const hasErrors = Boolean(errors?.length)
  return (
    <fieldset
      className={cn('space-y-3', className)}
      aria-describedby={cn(description && `${id}-description`, hasErrors && `${id}-error`) || undefined}
      aria-invalid={hasErrors || undefined}
      id={name}
      tabIndex={-1}
    >
      <legend className="text-sm font-semibold text-ink">
        {legend}
        {required ? <span className="ml-1 font-normal text-ink-muted">(required)</span> : null}
      </legend>
      {description ? (
        <p id={`${id}-description`} className="text-sm text-ink-muted">
          {description}
        </p>
      ) : null}
      {children}
      <ErrorList id={`${id}-error`} errors={errors} />
    </fieldset>
  )
}

function NeedsJavaScript({ source, total }: { source: PickerSource; total: number }) {
  const { many } = PICKER_SOURCE_NOUNS[source]
  return (
    <p className="text-sm text-ink-muted">
      Only the chosen and the most recently changed {many} are listed here. Searching all {total} {many} needs JavaScript.
    </p>
  )
}

// ---- Several rows ---------------------------------------------------------------

export type SearchPickerProps = Omit<OptionsPickerProps, 'options'> & SearchingProps

type Entry = { option: Option; checked: boolean }

/**
 * The multiple choice for many candidates. The chosen rows are checked
 * checkboxes (unticking one drops it from what is saved); a search box lists
 * matching rows from the server as checkboxes, and ticking one adds it to the
 * chosen ones, after those already chosen (an MOU's counterparts keep their
 * order). Before any search, a few recently changed rows are suggested.
 *
 * Only the chosen boxes carry the field's name. An empty hidden value is
 * always submitted too, so that "none chosen" survives a failed save instead
 * of falling back to the stored choice.
 *
 * Without JavaScript the chosen rows and the suggestions are plain
 * checkboxes, and a sentence says that searching the rest needs JavaScript.
 */
export function SearchPicker({
  name,
  legend,
  description,
  source,
  total,
  chosen,
  suggestions,
  defaultValue = '',
  errors,
  required,
  exclude,
  className,
}: SearchPickerProps) {
  const id = useId()
  const { enhanced, text, setText, offered, heading, status } = useServerSearch({ source, total, suggestions, exclude })
  const [entries, setEntries] = useState<Entry[]>(() =>
    chosenInOrder(splitIds(defaultValue), chosen).map((option) => ({ option, checked: true })),
  )

  /** Ticks or unticks `option`; a newly ticked row joins the chosen ones at the end. */
  function choose(option: Option, checked: boolean) {
    setEntries((current) =>
      current.some((e) => e.option.value === option.value)
        ? current.map((e) => (e.option.value === option.value ? { ...e, checked } : e))
        : checked
          ? [...current, { option, checked: true }]
          : current,
    )
  }

  const isChosen = (value: string) => entries.some((e) => e.checked && e.option.value === value)
  // Without JavaScript a suggestion ticked before a failed save comes back
  // with the chosen rows; once is enough.
  const shown = enhanced ? offered : offered.filter((o) => !entries.some((e) => e.option.value === o.value))

  const checkbox = (option: Option, submitted: boolean) => (
    <label className="flex cursor-pointer items-start gap-3 text-sm">
      <input
        type="checkbox"
        // Only the chosen rows are submitted, except without JavaScript,
        // where ticking a suggestion is the only way to add it.
        name={submitted || !enhanced ? name : undefined}
        value={option.value}
        checked={isChosen(option.value)}
        onChange={(e) => choose(option, e.target.checked)}
        className="mt-0.5 size-4 shrink-0 accent-primary-700"
      />
      <RowText option={option} />
    </label>
  )

  return (
    <PickerFrame {...{ id, name, legend, description, errors, required, className }}>
      {/* Submitted even when every box is unchecked, so "none" survives a failed save. */}
      <input type="hidden" name={name} value="" />
      {entries.length === 0 ? (
        <p className="text-sm text-ink-muted">None chosen yet.</p>
      ) : (
        <RowList id={`${id}-chosen`} heading={`Chosen (${entries.filter((e) => e.checked).length})`}>
          {entries.map((e) => (
            <li key={e.option.value} className="px-3 py-2">
              {checkbox(e.option, true)}
            </li>
          ))}
        </RowList>
      )}
      {enhanced ? <SearchBox id={id} legend={legend} text={text} setText={setText} status={status} /> : null}
      {shown.length > 0 ? (
        <RowList id={`${id}-offered`} heading={heading} scroll>
          {shown.map((option) => (
            <li key={option.value} className="px-3 py-2">
              {checkbox(option, false)}
            </li>
          ))}
        </RowList>
      ) : null}
      {enhanced ? null : <NeedsJavaScript source={source} total={total} />}
    </PickerFrame>
  )
}

// ---- One row --------------------------------------------------------------------

export type SingleSearchPickerProps = Omit<OptionsPickerProps, 'options' | 'defaultValue'> &
  SearchingProps & {
    /** The chosen row's id, or blank for none. */
    defaultValue: string | undefined
    /** The choice of no row, e.g. "Does not renew an earlier MOU". */
    noneLabel: string
  }

/**
 * The single choice for many candidates (the MOU an MOU renews, a
 * training's organizer): a radio group of "none", the chosen row and any row
 * picked since, then a search box whose matches each have a Choose button.
 * Choosing adds the row to the group, selects it and moves the keyboard
 * focus to it. The matches are buttons rather than radios because moving
 * through a radio group with the arrow keys selects each radio in turn.
 *
 * Without JavaScript the suggestions are radios of the same group, listed
 * after it, and a sentence says that searching the rest needs JavaScript.
 */
export function SingleSearchPicker({
  name,
  legend,
  description,
  source,
  total,
  chosen,
  suggestions,
  defaultValue,
  noneLabel,
  errors,
  required,
  exclude,
  className,
}: SingleSearchPickerProps) {
  const id = useId()
  const { enhanced, text, setText, offered, heading, status } = useServerSearch({ source, total, suggestions, exclude })
  const [entries, setEntries] = useState<Option[]>(() => chosenInOrder(splitIds(defaultValue), chosen))
  const [selected, setSelected] = useState(entries[0]?.value ?? '')
  const [announcement, setAnnouncement] = useState('')
  const focusValue = useRef<string | null>(null)
  const radioId = (value: string) => `${id}-choice-${value}`

  useEffect(() => {
    const value = focusValue.current
    if (value === null) return
    focusValue.current = null
    document.getElementById(radioId(value))?.focus()
  })

  function choose(option: Option) {
    setEntries((current) => (current.some((o) => o.value === option.value) ? current : [...current, option]))
    setSelected(option.value)
    focusValue.current = option.value
    setAnnouncement(`Chosen: ${option.label}.`)
  }

  const radio = (option: Option) => (
    <label className="flex cursor-pointer items-start gap-3 text-sm">
      <input
        id={radioId(option.value)}
        type="radio"
        name={name}
        value={option.value}
        checked={selected === option.value}
        onChange={() => setSelected(option.value)}
        className="mt-0.5 size-4 shrink-0 accent-primary-700"
      />
      <RowText option={option} />
    </label>
  )
  const inGroup = (value: string) => entries.some((o) => o.value === value)
  const shown = enhanced ? offered : offered.filter((o) => !inGroup(o.value))

  return (
    <PickerFrame {...{ id, name, legend, description, errors, required, className }}>
      <RowList id={`${id}-chosen`} heading="Chosen">
        <li className="px-3 py-2">{radio({ value: '', label: noneLabel })}</li>
        {entries.map((option) => (
          <li key={option.value} className="px-3 py-2">
            {radio(option)}
          </li>
        ))}
      </RowList>
      {enhanced ? (
        <>
          <SearchBox id={id} legend={legend} text={text} setText={setText} status={status} />
          {shown.length > 0 ? (
            <RowList id={`${id}-offered`} heading={heading} scroll>
              {shown.map((option) => (
                <li key={option.value} className="flex items-start justify-between gap-3 px-3 py-2 text-sm">
                  <RowText option={option} />
                  {selected === option.value ? (
                    <span className="shrink-0 text-ink-muted">Chosen</span>
                  ) : (
                    <Button type="button" variant="secondary" size="sm" className="shrink-0" onClick={() => choose(option)}>
                      Choose<span className="sr-only"> {option.label}</span>
                    </Button>
                  )}
                </li>
              ))}
            </RowList>
          ) : null}
          <p className="sr-only" aria-live="polite">
            {announcement}
          </p>
        </>
      ) : (
        <>
          {/* Radios of the same group as the chosen one: the name makes them one choice. */}
          {shown.length > 0 ? (
            <RowList id={`${id}-offered`} heading={heading} scroll>
              {shown.map((option) => (
                <li key={option.value} className="px-3 py-2">
                  {radio(option)}
                </li>
              ))}
            </RowList>
          ) : null}
          <NeedsJavaScript source={source} total={total} />
        </>
      )}
    </PickerFrame>
  )
}
