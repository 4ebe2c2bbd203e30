'use client'

import { ContentForm, type ContentFormProps } from '@/components/admin/content-form'
import { OptionList, TextareaField } from '@/components/admin/form-fields'
import { RelationPicker } from '@/components/admin/relation-picker'
import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'

/**
 * The items an article can be linked to, in the order the form lists them:
 * the field each picker submits (and the adapter's picker) and its legend.
 */
const relatedPickers = [
  { name: 'projectIds', legend: 'Related projects' },
  { name: 'organizationIds', legend: 'Related organizations' },
  { name: 'mouIds', legend: 'Related MOUs' },
  { name: 'conferenceIds', legend: 'Related conferences' },
  { name: 'trainingIds', legend: 'Related trainings' },
] as const

/** The news article form, for creating and editing. */
export function NewsForm(props: ContentFormProps) {
  return (
    <ContentForm {...props}>
      {({ v, errors, options, pickers }) => {
        const images = options.images ?? []
        const coverIsLibraryImage = images.some((i) => i.value === v.coverImageUrl)
        return (
          <>
            <Field id="title" label="Title" required errors={errors.title} inputProps={{ defaultValue: v.title }} />
            <Field
              id="slug"
              label="Slug"
              required
              description="The last part of the article's web address: lowercase letters, digits and hyphens."
              errors={errors.slug}
              inputProps={{ defaultValue: v.slug, spellCheck: false, autoCapitalize: 'none' }}
            />
            <TextareaField
              id="summary"
              label="Summary"
              description="One or two sentences shown in lists and feeds; at most 300 characters. Needed to publish."
              errors={errors.summary}
              defaultValue={v.summary}
              rows={3}
            />
            <TextareaField
              id="body"
              label="Text"
              description="Separate paragraphs with an empty line. Start lines with “- ” for a list. Needed to publish."
              errors={errors.body}
              defaultValue={v.body}
              rows={14}
            />
            <Field
              id="tags"
              label="Tags"
              description="Separated by commas, e.g. MOU, Geochemistry."
              errors={errors.tags}
              inputProps={{ defaultValue: v.tags }}
            />
            <Field
              id="publishedAt"
              label="Publication date (UTC)"
              description="Leave empty to use the moment the article is published."
              errors={errors.publishedAt}
              inputProps={{ type: 'datetime-local', defaultValue: v.publishedAt }}
            />
            <Field
              id="coverImageUrl"
              label="Cover image"
              description="An image from the media library, or none."
              errors={errors.coverImageUrl}
            >
              {(control) => (
                <Select {...control} defaultValue={v.coverImageUrl ?? ''}>
                  <option value="">No cover image</option>
                  {!coverIsLibraryImage && v.coverImageUrl ? (
                    <option value={v.coverImageUrl}>Current image ({v.coverImageUrl})</option>
                  ) : null}
                  <OptionList options={images} />
                </Select>
              )}
            </Field>
            <Field
              id="coverImageAlt"
              label="Cover image description"
              description="Required with a cover image: what the picture shows, for people who cannot see it."
              errors={errors.coverImageAlt}
              inputProps={{ defaultValue: v.coverImageAlt }}
            />
            {relatedPickers.map((picker) => (
              <RelationPicker
                key={picker.name}
                name={picker.name}
                legend={picker.legend}
                choices={pickers[picker.name]}
                defaultValue={v[picker.name]}
                errors={errors[picker.name]}
              />
            ))}
          </>
        )
      }}
    </ContentForm>
  )
}
