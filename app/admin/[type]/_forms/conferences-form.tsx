'use client'

import { type ContentFormProps, ContentForm } from '@/components/admin/content-form'
import { DateRangeFields } from '@/components/admin/date-fields'
import { FormSection, SelectField, SlugField, TextareaField } from '@/components/admin/form-fields'
import { Field } from '@/components/ui/field'

/**
 * The conference form, for creating and editing. Field ids and names equal
 * the keys of ConferenceDraftSchema; the choices of the country, role and
 * precision selects come from the adapter's `loadOptions`.
 */
export function ConferenceForm(props: ContentFormProps) {
  return (
    <ContentForm {...props}>
      {({ v, errors, options }) => (
        <>
          <Field
            id="name"
            label="Name"
            required
            description="The full name in English, e.g. 60th CCOP Annual Session."
            errors={errors.name}
            inputProps={{ defaultValue: v.name, autoComplete: 'off' }}
          />
          <div className="grid gap-6 sm:grid-cols-2">
            <Field
              id="series"
              label="Series"
              description="Optional, for a recurring conference, e.g. CCOP Annual Session."
              errors={errors.series}
              inputProps={{ defaultValue: v.series, autoComplete: 'off' }}
            />
            <Field
              id="edition"
              label="Edition"
              description="Optional, e.g. 60th."
              errors={errors.edition}
              inputProps={{ defaultValue: v.edition, autoComplete: 'off', className: 'max-w-xs' }}
            />
          </div>
          <SlugField
            description="The last part of the conference page's address (/conferences/…): lowercase letters, digits and hyphens, e.g. ccop-annual-session-60."
            errors={errors.slug}
            defaultValue={v.slug}
          />
          <TextareaField
            id="summary"
            label="Summary"
            description="Needed to publish: at least 20 characters on what the conference was about and the survey's part in it. Separate paragraphs with an empty line."
            errors={errors.summary}
            defaultValue={v.summary}
            rows={6}
          />

          <DateRangeFields
            v={v}
            errors={errors}
            precisions={options.precisions ?? []}
            startRequired
            endDescription="Leave blank for a one-day conference or when not known."
            precisionDescription="If the sources give only the month or the year, enter its first day and choose how precisely it is known: the public page then shows only the month or the year."
          />

          <FormSection legend="Place">
            <div className="grid gap-6 sm:grid-cols-2">
              <Field
                id="city"
                label="City"
                description="Optional, e.g. Bangkok."
                errors={errors.city}
                inputProps={{ defaultValue: v.city, autoComplete: 'off' }}
              />
              <SelectField
                id="country"
                label="Country"
                required
                errors={errors.country}
                defaultValue={v.country}
                options={options.countries ?? []}
                placeholder="Choose a country"
              />
            </div>
          </FormSection>

          <SelectField
            id="role"
            label="The survey's role"
            description="Needed to publish."
            errors={errors.role}
            defaultValue={v.role}
            options={options.roles ?? []}
            placeholder="Choose a role"
            className="max-w-xs"
          />
          <Field
            id="participantsCount"
            label="Number of participants"
            description="Optional. A whole number, e.g. 180."
            errors={errors.participantsCount}
            inputProps={{ defaultValue: v.participantsCount, inputMode: 'numeric', autoComplete: 'off', className: 'max-w-40' }}
          />
          <Field
            id="url"
            label="Conference website"
            description="Optional. The conference's own page, starting with https://."
            errors={errors.url}
            inputProps={{ type: 'url', defaultValue: v.url, spellCheck: false, autoComplete: 'off' }}
          />
        </>
      )}
    </ContentForm>
  )
}
