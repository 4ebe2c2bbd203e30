'use client'

import { useParams } from 'next/navigation'
import { useState } from 'react'
import { type ContentFormFields, type ContentFormProps, ContentForm } from '@/components/admin/content-form'
import { DatePrecisionField } from '@/components/admin/date-fields'
import { FormSection, SelectField, SlugField, TextareaField } from '@/components/admin/form-fields'
import { RelationPicker, RelationSelect } from '@/components/admin/relation-picker'
import { ErrorList, Field } from '@/components/ui/field'
import type { PickerChoices } from '@/lib/editorial/types'

type Choice = ContentFormProps['options'][string][number]

/**
 * The chosen counterparts first, in the order the MOU names them, then the
 * others. The picker lists chosen boxes first in the order it is given and
 * submits them in that order, so the stored order survives a save; newly
 * ticked organizations follow the existing ones. A searching picker keeps
 * that order itself.
 */
function counterpartsInOrder(choices: PickerChoices | undefined, chosen: string | undefined): PickerChoices | undefined {
  if (choices?.mode !== 'list') return choices
  const ids = (chosen ?? '').split(',').filter(Boolean)
  const byId = new Map(choices.options.map((o) => [o.value, o]))
  const first = ids.map((id) => byId.get(id)).filter((o): o is Choice => o !== undefined)
  return { mode: 'list', options: [...first, ...choices.options.filter((o) => !ids.includes(o.value))] }
}

const isYes = (value: string | undefined) => value === 'yes' || value === 'true' || value === 'on'

/**
 * How the MOU ends: on a date, or with no fixed end date and a term that
 * says what ends it. Only the field that applies is shown (and submitted);
 * the other stays visible only when it carries an error to correct.
 */
function EndOfMou({ v, errors }: Pick<ContentFormFields, 'v' | 'errors'>) {
  const [noEndDate, setNoEndDate] = useState(isYes(v.noEndDate))
  const choice = (value: 'no' | 'yes', label: string) => (
    <label className="flex cursor-pointer items-center gap-3 text-sm">
      <input
        type="radio"
        name="noEndDate"
        value={value}
        defaultChecked={(value === 'yes') === noEndDate}
        onChange={() => setNoEndDate(value === 'yes')}
        className="size-4 shrink-0 accent-primary-700"
      />
      {label}
    </label>
  )
  const hasChoiceErrors = Boolean(errors.noEndDate?.length)

  return (
    <>
      <fieldset
        id="noEndDate"
        tabIndex={-1}
        className="space-y-2"
        aria-describedby={hasChoiceErrors ? 'noEndDate-description noEndDate-error' : 'noEndDate-description'}
      >
        <legend className="text-sm font-semibold text-ink">End of the MOU</legend>
        <p id="noEndDate-description" className="text-sm text-ink-muted">
          Needed to publish: an end date, or “No fixed end date” for an MOU that runs until it is terminated or
          something else ends it.
        </p>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {choice('no', 'Ends on a date')}
          {choice('yes', 'No fixed end date')}
        </div>
        <ErrorList id="noEndDate-error" errors={errors.noEndDate} />
      </fieldset>
      {!noEndDate || errors.endDate?.length ? (
        <Field
          id="endDate"
          label="End date"
          description="The last day the MOU is in force. Leave it empty in a draft while it is not known."
          errors={errors.endDate}
          inputProps={{ type: 'date', defaultValue: v.endDate, className: 'max-w-xs' }}
        />
      ) : null}
      {noEndDate || errors.endTerm?.length ? (
        <Field
          id="endTerm"
          label="Term"
          description="What ends the MOU, as the public page shows it, e.g. “Through the operational lifetime of the Landsat satellites”. Leave it empty for “Indefinite”."
          errors={errors.endTerm}
          inputProps={{ defaultValue: v.endTerm, autoComplete: 'off' }}
        />
      ) : null}
    </>
  )
}

/**
 * The MOU form, for creating and editing. Field ids and names equal the keys
 * of MouDraftSchema; the choices of the selects come from the adapter's
 * `loadOptions`, those of the relationship pickers from its `pickers`.
 *
 * Selects (`keyedByValue`) and pickers are keyed by their value: React resets
 * the form after a save, and a native reset returns a control to what it was
 * first rendered with, so it is rendered anew whenever the value to show
 * changes.
 */
export function MouForm(props: ContentFormProps) {
  // On the edit page (/admin/mous/<id>) the MOU itself is not offered as the
  // one it renews; the server refuses that choice too.
  const { id: ownId } = useParams<{ id?: string }>()
  return (
    <ContentForm {...props}>
      {({ v, errors, options, pickers }) => (
        <>
          <Field
            id="subject"
            label="Subject"
            required
            description="What the MOU is about, e.g. Geoscience research cooperation. The public page names the counterparts next to it."
            errors={errors.subject}
            inputProps={{ defaultValue: v.subject, autoComplete: 'off' }}
          />
          <SlugField
            description="The last part of the MOU page's address (/mous/…): lowercase letters, digits and hyphens, e.g. gsj-usgs-landsat-2013."
            errors={errors.slug}
            defaultValue={v.slug}
          />
          <SelectField
            id="country"
            label="Country"
            required
            description="The country of the counterparts. The MOU is listed on that country's page."
            errors={errors.country}
            defaultValue={v.country}
            options={options.countries ?? []}
            placeholder="Choose a country"
            keyedByValue
          />
          <RelationPicker
            key={`counterpartIds:${v.counterpartIds ?? ''}`}
            name="counterpartIds"
            legend="Counterparts"
            description="Needed to publish: at least one organization. They are listed in the order the MOU names them; organizations ticked later are added after the others."
            choices={counterpartsInOrder(pickers.counterpartIds, v.counterpartIds)}
            defaultValue={v.counterpartIds}
            errors={errors.counterpartIds}
          />
          <TextareaField
            id="summary"
            label="Summary"
            description="Needed to publish: at least 20 characters on what the MOU covers, shown on its public page. Separate paragraphs with an empty line."
            errors={errors.summary}
            defaultValue={v.summary}
            rows={5}
          />

          <FormSection legend="Dates">
            <Field
              id="startDate"
              label="Start date"
              required
              description="The day the MOU was signed or took effect."
              errors={errors.startDate}
              inputProps={{ type: 'date', defaultValue: v.startDate, className: 'max-w-xs' }}
            />
            <EndOfMou key={`end:${v.noEndDate ?? ''}`} v={v} errors={errors} />
            <DatePrecisionField
              v={v}
              errors={errors}
              precisions={options.precisions ?? []}
              description="The site shows the dates this precisely. When only the month or the year is known, enter its first day and choose “Month only” or “Year only”."
              keyedByValue
            />
          </FormSection>

          <RelationSelect
            key={`renewsId:${v.renewsId ?? ''}`}
            id="renewsId"
            label="Renews an earlier MOU"
            description="Optional. The earlier MOU this one replaces or extends; both pages then link to each other."
            errors={errors.renewsId}
            defaultValue={v.renewsId}
            choices={pickers.renewsId}
            listed={(mous) => mous.filter((o) => o.value !== ownId)}
            exclude={ownId}
            placeholder="Does not renew an earlier MOU"
            keyedByValue
          />
          <RelationPicker
            key={`documentIds:${v.documentIds ?? ''}`}
            name="documentIds"
            legend="Documents"
            description="Optional. The signed text and its annexes: PDFs from the media library."
            choices={pickers.documentIds}
            defaultValue={v.documentIds}
            errors={errors.documentIds}
          />
        </>
      )}
    </ContentForm>
  )
}
