'use client'

import { type ContentFormProps, ContentForm } from '@/components/admin/content-form'
import { CountryCountRows } from '@/components/admin/country-count-rows'
import { DateRangeFields } from '@/components/admin/date-fields'
import { FormSection, SelectField, SlugField, TextareaField } from '@/components/admin/form-fields'
import { RelationSelect } from '@/components/admin/relation-picker'
import { Field } from '@/components/ui/field'

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
 * adapter's `loadOptions`, the organizer and the project from its `pickers`
 * (a search instead of a select once there are many).
 */
export function TrainingForm(props: ContentFormProps) {
  return (
    <ContentForm {...props}>
      {({ v, errors, options, pickers }) => {
        const countries = options.countries ?? []
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
            <SlugField
              description="The last part of the training page's address (/trainings/…): lowercase letters, digits and hyphens, e.g. landslide-mapping-2023."
              errors={errors.slug}
              defaultValue={v.slug}
            />
            <SelectField
              id="kind"
              label="Kind of training"
              description="Needed to publish."
              errors={errors.kind}
              defaultValue={v.kind}
              options={options.kinds ?? []}
              placeholder="Choose a kind"
              className="max-w-xs"
            />
            <TextareaField
              id="summary"
              label="Summary"
              description="Needed to publish: one or two sentences for the trainings list and the top of the public page."
              errors={errors.summary}
              defaultValue={v.summary}
              rows={3}
            />
            <TextareaField
              id="body"
              label="Description"
              description="Optional. What was taught and how. Separate paragraphs with an empty line."
              errors={errors.body}
              defaultValue={v.body}
              rows={10}
            />

            <DateRangeFields
              v={v}
              errors={errors}
              precisions={options.precisions ?? []}
              startRequired
              endDescription="Leave blank for a one-day training or when not known."
              precisionDescription="If the sources give only the month or the year, enter its first day and choose how precisely it is known: the public page then shows only the month or the year."
            />

            <FormSection legend="Place">
              <div className="grid gap-6 sm:grid-cols-2">
                <Field
                  id="location"
                  label="Location"
                  required
                  description="The town or institution, e.g. Tsukuba; “Online” for a remote course."
                  errors={errors.location}
                  inputProps={{ defaultValue: v.location, autoComplete: 'off' }}
                />
                <SelectField
                  id="country"
                  label="Host country"
                  description="Optional; leave blank for an online course."
                  errors={errors.country}
                  defaultValue={v.country}
                  options={countries}
                  placeholder="No host country"
                />
              </div>
            </FormSection>

            <FormSection legend="Participants">
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
            </FormSection>

            <TextareaField
              id="topics"
              label="Topics"
              description="Optional. One topic per line, e.g. Landslide inventories."
              errors={errors.topics}
              defaultValue={v.topics}
              rows={4}
            />

            <FormSection legend="Related records">
              <RelationSelect
                id="organizerId"
                label="Organizer"
                description="Optional. The partner organization that organized the training, if not the survey itself."
                errors={errors.organizerId}
                defaultValue={v.organizerId}
                choices={pickers.organizerId}
                listed={(organizations) => withStored(organizations, v.organizerId, 'organization')}
                placeholder="None"
                showHints
              />
              <RelationSelect
                id="projectId"
                label="Project"
                description="Optional. The project the training was part of."
                errors={errors.projectId}
                defaultValue={v.projectId}
                choices={pickers.projectId}
                listed={(projects) => withStored(projects, v.projectId, 'project')}
                placeholder="None"
                showHints
              />
            </FormSection>
          </>
        )
      }}
    </ContentForm>
  )
}
