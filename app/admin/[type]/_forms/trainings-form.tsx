'use client'

import { type ContentFormProps, ContentForm } from '@/components/admin/content-form'
import { CountryCountRows } from '@/components/admin/country-count-rows'
import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { Textarea } from '@/components/ui/textarea'

const legendClassName = 'text-base font-semibold text-ink'

type Option = ContentFormProps['options'][string][number]

/**
 * The choices of an optional related item, plus the stored one when it is no
 * longer offered (moved to the trash meanwhile): without it the select would
 * silently fall back to "None" and the next save would drop the link. Saving
 * with it selected reports the problem on the field instead.
 */
function withStored(options: Option[], stored: string | undefined, what: string): Option[] {
  if (!stored || options.some((o) => o.value === stored)) return options
  return [{ value: stored, label: `Unavailable ${what} (deleted or in the trash)` }, ...options]
}

/**
 * The training form, for creating and editing. Field ids and names equal the
 * keys of TrainingDraftSchema; the choices of the selects come from the
 * adapter's `loadOptions`.
 */
export function TrainingForm(props: ContentFormProps) {
  return (
    <ContentForm {...props}>
      {({ v, errors, options }) => {
        const kinds = options.kinds ?? []
        const precisions = options.precisions ?? []
        const countries = options.countries ?? []
        const organizations = withStored(options.organizations ?? [], v.organizerId, 'organization')
        const projects = withStored(options.projects ?? [], v.projectId, 'project')
        return (
          <>
            <Field
              id="title"
              label="Title"
              required
              description="The title in English, e.g. Regional workshop on landslide mapping."
              errors={errors.title}
              inputProps={{ defaultValue: v.title, autoComplete: 'off' }}
            />
            <Field
              id="slug"
              label="Slug"
              required
              description="The last part of the training page's address (/trainings/…): lowercase letters, digits and hyphens, e.g. landslide-mapping-2023."
              errors={errors.slug}
              inputProps={{ defaultValue: v.slug, spellCheck: false, autoCapitalize: 'none', autoComplete: 'off' }}
            />
            <Field id="kind" label="Kind of training" description="Needed to publish." errors={errors.kind}>
              {(control) => (
                <Select {...control} defaultValue={v.kind ?? ''} className="max-w-xs">
                  <option value="">Choose a kind</option>
                  {kinds.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field
              id="summary"
              label="Summary"
              description="Needed to publish: one or two sentences for the trainings list and the top of the public page."
              errors={errors.summary}
            >
              {(control) => <Textarea {...control} rows={3} defaultValue={v.summary} />}
            </Field>
            <Field
              id="body"
              label="Description"
              description="Optional. What was taught and how. Separate paragraphs with an empty line."
              errors={errors.body}
            >
              {(control) => <Textarea {...control} rows={10} defaultValue={v.body} />}
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
                  description="Leave blank for a one-day training or when not known."
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
                  id="location"
                  label="Location"
                  required
                  description="The town or institution, e.g. Tsukuba; “Online” for a remote course."
                  errors={errors.location}
                  inputProps={{ defaultValue: v.location, autoComplete: 'off' }}
                />
                <Field
                  id="country"
                  label="Host country"
                  description="Optional; leave blank for an online course."
                  errors={errors.country}
                >
                  {(control) => (
                    <Select {...control} defaultValue={v.country ?? ''}>
                      <option value="">No host country</option>
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

            <fieldset className="space-y-4">
              <legend className={legendClassName}>Participants</legend>
              <Field
                id="participantsCount"
                label="Number of participants"
                description="Optional. Everyone who took part, as a whole number, e.g. 24."
                errors={errors.participantsCount}
                inputProps={{ defaultValue: v.participantsCount, inputMode: 'numeric', autoComplete: 'off', className: 'max-w-40' }}
              />
              <CountryCountRows
                name="participantCountries"
                legend="Participant countries"
                description="Needed to publish: at least one country. Add the number of participants from a country when it is known."
                countries={countries}
                defaultValue={v.participantCountries}
                errors={errors.participantCountries}
              />
            </fieldset>

            <Field
              id="topics"
              label="Topics"
              description="Optional. One topic per line, e.g. Landslide inventories."
              errors={errors.topics}
            >
              {(control) => <Textarea {...control} rows={4} defaultValue={v.topics} />}
            </Field>

            <fieldset className="space-y-4">
              <legend className={legendClassName}>Related records</legend>
              <Field
                id="organizerId"
                label="Organizer"
                description="Optional. The partner organization that organized the training, if not the survey itself."
                errors={errors.organizerId}
              >
                {(control) => (
                  <Select {...control} defaultValue={v.organizerId ?? ''}>
                    <option value="">None</option>
                    {organizations.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.hint ? `${o.label} (${o.hint})` : o.label}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field
                id="projectId"
                label="Project"
                description="Optional. The project the training was part of."
                errors={errors.projectId}
              >
                {(control) => (
                  <Select {...control} defaultValue={v.projectId ?? ''}>
                    <option value="">None</option>
                    {projects.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.hint ? `${o.label} (${o.hint})` : o.label}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </fieldset>
          </>
        )
      }}
    </ContentForm>
  )
}
