'use client'

import { ContentForm, type ContentFormProps } from '@/components/admin/content-form'
import { OptionsPicker } from '@/components/admin/options-picker'
import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { Textarea } from '@/components/ui/textarea'

/** The news article form, for creating and editing. */
export function NewsForm(props: ContentFormProps) {
  return (
    <ContentForm {...props}>
      {({ v, errors, options }) => {
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
            <Field
              id="summary"
              label="Summary"
              description="One or two sentences shown in lists and feeds; at most 300 characters. Needed to publish."
              errors={errors.summary}
            >
              {(control) => <Textarea {...control} rows={3} defaultValue={v.summary} />}
            </Field>
            <Field
              id="body"
              label="Text"
              description="Separate paragraphs with an empty line. Start lines with “- ” for a list. Needed to publish."
              errors={errors.body}
            >
              {(control) => <Textarea {...control} rows={14} defaultValue={v.body} />}
            </Field>
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
                  {images.map((image) => (
                    <option key={image.value} value={image.value}>
                      {image.label}
                    </option>
                  ))}
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
            <OptionsPicker
              name="projectIds"
              legend="Related projects"
              options={options.projects ?? []}
              defaultValue={v.projectIds}
              errors={errors.projectIds}
            />
            <OptionsPicker
              name="organizationIds"
              legend="Related organizations"
              options={options.organizations ?? []}
              defaultValue={v.organizationIds}
              errors={errors.organizationIds}
            />
            <OptionsPicker
              name="mouIds"
              legend="Related MOUs"
              options={options.mous ?? []}
              defaultValue={v.mouIds}
              errors={errors.mouIds}
            />
            <OptionsPicker
              name="conferenceIds"
              legend="Related conferences"
              options={options.conferences ?? []}
              defaultValue={v.conferenceIds}
              errors={errors.conferenceIds}
            />
            <OptionsPicker
              name="trainingIds"
              legend="Related trainings"
              options={options.trainings ?? []}
              defaultValue={v.trainingIds}
              errors={errors.trainingIds}
            />
          </>
        )
      }}
    </ContentForm>
  )
}
