import type { ReactNode } from 'react'
import { Field, type FieldProps } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { Textarea } from '@/components/ui/textarea'
import type { Option } from '@/lib/editorial/types'

/** What a labelled field of a content form is told besides its control: label, help, errors. */
type LabelledFieldProps = Pick<FieldProps, 'id' | 'label' | 'description' | 'errors' | 'required'>

/**
 * A group of fields under a heading, e.g. "Dates" or "Place". A fieldset with
 * a legend, so screen readers announce the heading with each field in it.
 */
export function FormSection({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold text-ink">{legend}</legend>
      {children}
    </fieldset>
  )
}

type OptionListProps = {
  options: readonly Option[]
  /** Follow each label with its hint in brackets, e.g. "China Geological Survey (CGS)". */
  showHints?: boolean
}

/** The `<option>` elements of a list of choices loaded by the adapter. */
export function OptionList({ options, showHints = false }: OptionListProps) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {showHints && o.hint ? `${o.label} (${o.hint})` : o.label}
    </option>
  ))
}

export type SelectFieldProps = LabelledFieldProps &
  OptionListProps & {
    /** The stored or submitted value; a blank one selects the placeholder. */
    defaultValue: string | undefined
    /** The first choice, with an empty value, e.g. "Choose a country"; omit it when a value is always chosen. */
    placeholder?: string
    /**
     * Render the select anew whenever the value to show changes. A native
     * form reset returns a <select> to the option it was first rendered
     * with; keying it by its value makes it show the new value instead.
     */
    keyedByValue?: boolean
    /** Classes for the select itself, e.g. `max-w-xs` for short choices. */
    className?: string
  }

/** A labelled native select over the choices an adapter loaded. */
export function SelectField({
  defaultValue,
  options,
  showHints,
  placeholder,
  keyedByValue = false,
  className,
  ...field
}: SelectFieldProps) {
  const value = defaultValue ?? ''
  return (
    <Field {...field}>
      {(control) => (
        <Select {...control} key={keyedByValue ? `${field.id}:${value}` : undefined} defaultValue={value} className={className}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          <OptionList options={options} showHints={showHints} />
        </Select>
      )}
    </Field>
  )
}

export type TextareaFieldProps = LabelledFieldProps & {
  defaultValue: string | undefined
  /** The visible height in lines: a guide to how much text the field expects. */
  rows: number
}

/** A labelled multi-line text field, e.g. a summary or a description. */
export function TextareaField({ defaultValue, rows, ...field }: TextareaFieldProps) {
  return <Field {...field}>{(control) => <Textarea {...control} rows={rows} defaultValue={defaultValue} />}</Field>
}

type SlugFieldProps = Pick<FieldProps, 'description' | 'errors'> & { defaultValue: string | undefined }

/**
 * The slug, the last part of the public page's address. It is typed like
 * code, so the browser neither checks its spelling, capitalises it nor
 * suggests earlier entries.
 */
export function SlugField({ defaultValue, ...field }: SlugFieldProps) {
  return (
    <Field
      id="slug"
      label="Slug"
      required
      {...field}
      inputProps={{ defaultValue, spellCheck: false, autoCapitalize: 'none', autoComplete: 'off' }}
    />
  )
}
