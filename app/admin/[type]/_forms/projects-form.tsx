'use client'

import { type ContentFormProps, ContentForm } from '@/components/admin/content-form'
import { OptionsPicker } from '@/components/admin/options-picker'
import { PartnerRows } from '@/components/admin/partner-rows'
import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { Textarea } from '@/components/ui/textarea'

type Choice = { value: string; label: string }

function ChoiceOptions({ choices }: { choices: Choice[] }) {
  return choices.map((c) => (
    <option key={c.value} value={c.value}>
      {c.label}
    </option>
  ))
}

/**
 * The project form, for creating and editing. Field ids and names equal the
 * keys of ProjectDraftSchema; the choices of the selects and pickers come
 * from the adapter's `loadOptions`.
 *
 * The selects are keyed by their value: React resets the form after a save,
 * and a native reset returns a <select> to the option it was first rendered
 * with, so a select is rendered anew whenever the value to show changes.
 */
export function ProjectForm(props: ContentFormProps) {
  return (
    <ContentForm {...props}>
      {({ v, errors, options }) => (
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
          <Field
            id="slug"
            label="Slug"
            required
            description="The last part of the project page's address (/projects/…): lowercase letters, digits and hyphens, e.g. indepth-iv."
            errors={errors.slug}
            inputProps={{ defaultValue: v.slug, spellCheck: false, autoCapitalize: 'none', autoComplete: 'off' }}
          />
          <Field
            id="summary"
            label="Summary"
            description="Needed to publish. One or two sentences shown in lists and at the top of the project page; at most 600 characters."
            errors={errors.summary}
          >
            {(control) => <Textarea {...control} rows={3} defaultValue={v.summary} />}
          </Field>
          <Field
            id="body"
            label="Description"
            description="The full account of the project. Separate paragraphs with an empty line."
            errors={errors.body}
          >
            {(control) => <Textarea {...control} rows={12} defaultValue={v.body} />}
          </Field>

          <div className="grid gap-6 sm:grid-cols-2">
            <Field id="projectStatus" label="Project status" description="Needed to publish." errors={errors.projectStatus}>
              {(control) => (
                <Select {...control} key={`projectStatus:${v.projectStatus ?? ''}`} defaultValue={v.projectStatus ?? ''}>
                  <option value="">Choose a status</option>
                  <ChoiceOptions choices={options.statuses ?? []} />
                </Select>
              )}
            </Field>
            <Field
              id="scope"
              label="Scope"
              description="Needed to publish. Bilateral: with one other country; multilateral: with several."
              errors={errors.scope}
            >
              {(control) => (
                <Select {...control} key={`scope:${v.scope ?? ''}`} defaultValue={v.scope ?? ''}>
                  <option value="">Choose a scope</option>
                  <ChoiceOptions choices={options.scopes ?? []} />
                </Select>
              )}
            </Field>
          </div>

          <fieldset className="space-y-4">
            <legend className="text-base font-semibold text-ink">Dates</legend>
            <div className="grid gap-6 sm:grid-cols-2">
              <Field
                id="startDate"
                label="Start date"
                description="Needed to publish."
                errors={errors.startDate}
                inputProps={{ type: 'date', defaultValue: v.startDate }}
              />
              <Field
                id="endDate"
                label="End date"
                description="Leave empty while the end is not known."
                errors={errors.endDate}
                inputProps={{ type: 'date', defaultValue: v.endDate }}
              />
            </div>
            <Field
              id="datePrecision"
              label="Dates known to"
              description="The site shows the dates this precisely. When only the month or the year is known, enter its first day and choose “Month only” or “Year only”."
              errors={errors.datePrecision}
            >
              {(control) => (
                <Select
                  {...control}
                  key={`datePrecision:${v.datePrecision ?? ''}`}
                  defaultValue={v.datePrecision || 'DAY'}
                  className="max-w-xs"
                >
                  <ChoiceOptions choices={options.precisions ?? []} />
                </Select>
              )}
            </Field>
          </fieldset>

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
          <Field
            id="topics"
            label="Topics"
            description="One topic per line, e.g. Geophysics. Visitors filter the projects list by topic, so reuse the wording of other projects."
            errors={errors.topics}
          >
            {(control) => <Textarea {...control} rows={4} defaultValue={v.topics} />}
          </Field>
          <Field
            id="outcomes"
            label="Outcomes and deliverables"
            description="One per line, e.g. a map, a report or a database."
            errors={errors.outcomes}
          >
            {(control) => <Textarea {...control} rows={5} defaultValue={v.outcomes} />}
          </Field>
          <OptionsPicker
            name="documentIds"
            legend="Documents"
            description="Reports and other PDFs from the media library."
            options={options.documents ?? []}
            defaultValue={v.documentIds}
            errors={errors.documentIds}
          />
        </>
      )}
    </ContentForm>
  )
}
