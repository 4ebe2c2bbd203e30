'use client'

import { type ContentFormProps, ContentForm } from '@/components/admin/content-form'
import { DateRangeFields } from '@/components/admin/date-fields'
import { SelectField, SlugField, TextareaField } from '@/components/admin/form-fields'
import { OptionsPicker } from '@/components/admin/options-picker'
import { PartnerRows } from '@/components/admin/partner-rows'
import { RelationPicker } from '@/components/admin/relation-picker'
import { Field } from '@/components/ui/field'

/**
 * The project form, for creating and editing. Field ids and names equal the
 * keys of ProjectDraftSchema; the choices of the selects and the countries
 * come from the adapter's `loadOptions`, the documents from its `pickers`.
 *
 * The selects are keyed by their value (`keyedByValue`): React resets the
 * form after a save, and a native reset returns a <select> to the option it
 * was first rendered with, so a select is rendered anew whenever the value
 * to show changes.
 */
export function ProjectForm(props: ContentFormProps) {
  return (
    <ContentForm {...props}>
      {({ v, errors, options, pickers }) => (
        <>
          <Field
            id="title"
            label="Title"
            required
            description="The full name of the project in English."
            errors={errors.title}
            inputProps={{ defaultValue: v.title, autoComplete: 'off' }}
          />
          <Field
            id="acronym"
            label="Acronym"
            description="Optional, e.g. INDEPTH. Shown after the title."
            errors={errors.acronym}
            inputProps={{ defaultValue: v.acronym, autoComplete: 'off', className: 'max-w-xs' }}
          />
          <SlugField
            description="The last part of the project page's address (/projects/…): lowercase letters, digits and hyphens, e.g. indepth-iv."
            errors={errors.slug}
            defaultValue={v.slug}
          />
          <TextareaField
            id="summary"
            label="Summary"
            description="Needed to publish. One or two sentences shown in lists and at the top of the project page; at most 600 characters."
            errors={errors.summary}
            defaultValue={v.summary}
            rows={3}
          />
          <TextareaField
            id="body"
            label="Description"
            description="The full account of the project. Separate paragraphs with an empty line."
            errors={errors.body}
            defaultValue={v.body}
            rows={12}
          />

          <div className="grid gap-6 sm:grid-cols-2">
            <SelectField
              id="projectStatus"
              label="Project status"
              description="Needed to publish."
              errors={errors.projectStatus}
              defaultValue={v.projectStatus}
              options={options.statuses ?? []}
              placeholder="Choose a status"
              keyedByValue
            />
            <SelectField
              id="scope"
              label="Scope"
              description="Needed to publish. Bilateral: with one other country; multilateral: with several."
              errors={errors.scope}
              defaultValue={v.scope}
              options={options.scopes ?? []}
              placeholder="Choose a scope"
              keyedByValue
            />
          </div>

          <DateRangeFields
            v={v}
            errors={errors}
            precisions={options.precisions ?? []}
            startDescription="Needed to publish."
            endDescription="Leave empty while the end is not known."
            precisionDescription="The site shows the dates this precisely. When only the month or the year is known, enter its first day and choose “Month only” or “Year only”."
            keyedByValue
          />

          <div className="grid gap-6 sm:grid-cols-2">
            <Field
              id="phase"
              label="Phase"
              description="Optional, e.g. Phase IV."
              errors={errors.phase}
              inputProps={{ defaultValue: v.phase, autoComplete: 'off' }}
            />
            <Field
              id="fundingSource"
              label="Funding source"
              description="Optional, e.g. the programme or body that pays for it."
              errors={errors.fundingSource}
              inputProps={{ defaultValue: v.fundingSource, autoComplete: 'off' }}
            />
          </div>

          <PartnerRows
            key={`partners:${v.partners ?? ''}`}
            name="partners"
            legend="Partners"
            description="Needed to publish: at least one organization. An organization can appear more than once with different roles, e.g. as lead and as funder."
            organizations={options.organizations ?? []}
            roles={options.roles ?? []}
            defaultValue={v.partners}
            errors={errors.partners}
          />
          <OptionsPicker
            name="countries"
            legend="Countries taking part"
            description="Every country with a partner in the project. The country pages and the projects list use them."
            options={options.countries ?? []}
            defaultValue={v.countries}
            errors={errors.countries}
          />
          <TextareaField
            id="topics"
            label="Topics"
            description="One topic per line, e.g. Geophysics. Visitors filter the projects list by topic, so reuse the wording of other projects."
            errors={errors.topics}
            defaultValue={v.topics}
            rows={4}
          />
          <TextareaField
            id="outcomes"
            label="Outcomes and deliverables"
            description="One per line, e.g. a map, a report or a database."
            errors={errors.outcomes}
            defaultValue={v.outcomes}
            rows={5}
          />
          <RelationPicker
            name="documentIds"
            legend="Documents"
            description="Reports and other PDFs from the media library."
            choices={pickers.documentIds}
            defaultValue={v.documentIds}
            errors={errors.documentIds}
          />
        </>
      )}
    </ContentForm>
  )
}
