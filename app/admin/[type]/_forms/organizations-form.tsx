'use client'

import { type ContentFormProps, ContentForm } from '@/components/admin/content-form'
import { Field } from '@/components/ui/field'
import { Select } from '@/components/ui/select'
import { Textarea } from '@/components/ui/textarea'

/**
 * The organization form, for creating and editing. Field ids and names equal
 * the keys of OrganizationDraftSchema; the choices of the kind and country
 * selects and the logo suggestions come from the adapter's `loadOptions`.
 */
export function OrganizationForm(props: ContentFormProps) {
  return (
    <ContentForm {...props}>
      {({ v, errors, options }) => {
        const kinds = options.kinds ?? []
        const countries = options.countries ?? []
        const images = options.images ?? []
        return (
          <>
            <Field
              id="name"
              label="Name"
              required
              description="The full name in English, e.g. British Geological Survey."
              errors={errors.name}
              inputProps={{ defaultValue: v.name, autoComplete: 'off' }}
            />
            <Field
              id="acronym"
              label="Acronym"
              description="Optional, e.g. BGS. Shown after the name."
              errors={errors.acronym}
              inputProps={{ defaultValue: v.acronym, autoComplete: 'off', className: 'max-w-xs' }}
            />
            <Field
              id="slug"
              label="Slug"
              required
              description="The last part of the partner page's address (/organizations/…): lowercase letters, digits and hyphens, e.g. bgs."
              errors={errors.slug}
              inputProps={{ defaultValue: v.slug, spellCheck: false, autoCapitalize: 'none', autoComplete: 'off' }}
            />
            <Field id="kind" label="Type of organization" required errors={errors.kind}>
              {(control) => (
                <Select {...control} defaultValue={v.kind ?? ''}>
                  <option value="">Choose a type</option>
                  {kinds.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field
              id="country"
              label="Country"
              required
              description="Where the organization is based; for an international body, the seat of its secretariat."
              errors={errors.country}
            >
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
            <Field
              id="website"
              label="Website"
              description="Optional. The organization's own site, starting with https://."
              errors={errors.website}
              inputProps={{ type: 'url', defaultValue: v.website, spellCheck: false, autoComplete: 'off' }}
            />
            <Field
              id="logoUrl"
              label="Logo address"
              description="Optional. An image from the media library (an address starting with /media/) or a web address starting with https://."
              errors={errors.logoUrl}
              inputProps={{
                defaultValue: v.logoUrl,
                spellCheck: false,
                autoComplete: 'off',
                // Suggests uploaded images while typing; any address can still be entered.
                list: images.length > 0 ? 'logoUrl-suggestions' : undefined,
              }}
            />
            {images.length > 0 ? (
              <datalist id="logoUrl-suggestions">
                {images.map((o) => (
                  <option key={o.value} value={o.value} label={o.label} />
                ))}
              </datalist>
            ) : null}
            <Field
              id="description"
              label="Description"
              description="Needed to publish: at least 20 characters about the organization and its cooperation with the survey. Separate paragraphs with an empty line."
              errors={errors.description}
            >
              {(control) => <Textarea {...control} rows={10} defaultValue={v.description} />}
            </Field>
          </>
        )
      }}
    </ContentForm>
  )
}
