'use client'

import { type ContentFormProps, ContentForm } from '@/components/admin/content-form'
import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { Textarea } from '@/components/ui/textarea'

const legendClassName = 'text-base font-semibold text-ink'

/**
 * The conference form, for creating and editing. Field ids and names equal
 * the keys of ConferenceDraftSchema; the choices of the country, role and
 * precision selects come from the adapter's `loadOptions`.
 */
export function ConferenceForm(props: ContentFormProps) {
  return (
    <ContentForm {...props}>
      {({ v, errors, options }) => {
        const countries = options.countries ?? []
        const roles = options.roles ?? []
        const precisions = options.precisions ?? []
        return (
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
            <Field
              id="slug"
              label="Slug"
              required
              description="The last part of the conference page's address (/conferences/…): lowercase letters, digits and hyphens, e.g. ccop-annual-session-60."
              errors={errors.slug}
              inputProps={{ defaultValue: v.slug, spellCheck: false, autoCapitalize: 'none', autoComplete: 'off' }}
            />
            <Field
              id="summary"
              label="Summary"
              description="Needed to publish: at least 20 characters on what the conference was about and the survey's part in it. Separate paragraphs with an empty line."
              errors={errors.summary}
            >
              {(control) => <Textarea {...control} rows={6} defaultValue={v.summary} />}
            </Field>

            <fieldset className="space-y-4">
              <legend className={legendClassName}>Dates</legend>
              <div className="grid gap-6 sm:grid-cols-2">
                <Field
                  id="startDate"
                  label="Start date"
                  required
                  errors={errors.startDate}
                  inputProps={{ type: 'date', defaultValue: v.startDate }}
                />
                <Field
                  id="endDate"
                  label="End date"
                  description="Leave blank for a one-day conference or when not known."
                  errors={errors.endDate}
                  inputProps={{ type: 'date', defaultValue: v.endDate }}
                />
              </div>
              <Field
                id="datePrecision"
                label="Dates known to"
                description="If the sources give only the month or the year, enter its first day and choose how precisely it is known: the public page then shows only the month or the year."
                errors={errors.datePrecision}
              >
                {(control) => (
                  <Select {...control} defaultValue={v.datePrecision || 'DAY'} className="max-w-xs">
                    {precisions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </fieldset>

            <fieldset className="space-y-4">
              <legend className={legendClassName}>Place</legend>
              <div className="grid gap-6 sm:grid-cols-2">
                <Field
                  id="city"
                  label="City"
                  description="Optional, e.g. Bangkok."
                  errors={errors.city}
                  inputProps={{ defaultValue: v.city, autoComplete: 'off' }}
                />
                <Field id="country" label="Country" required errors={errors.country}>
                  {(control) => (
                    <Select {...control} defaultValue={v.country ?? ''}>
                      <option value="">Choose a country</option>
                      {countries.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
              </div>
            </fieldset>

            <Field
              id="role"
              label="The survey's role"
              description="Needed to publish."
              errors={errors.role}
            >
              {(control) => (
                <Select {...control} defaultValue={v.role ?? ''} className="max-w-xs">
                  <option value="">Choose a role</option>
                  {roles.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
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
        )
      }}
    </ContentForm>
  )
}
