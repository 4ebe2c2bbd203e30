'use client'

import { type ContentFormProps, ContentForm } from '@/components/admin/content-form'
import { FormSection, SelectField, SlugField, TextareaField } from '@/components/admin/form-fields'
import { Field } from '@/components/ui/field'

/**
 * The organization form, for creating and editing. Field ids and names equal
 * the keys of OrganizationDraftSchema; the choices of the kind and country
 * selects and the logo suggestions come from the adapter's `loadOptions`.
 */
export function OrganizationForm(props: ContentFormProps) {
  return (
    <ContentForm {...props}>
      {({ v, errors, options }) => {
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
            <FormSection legend="Name in its own language">
              <p className="text-sm text-ink-muted">
                Optional. For an organization whose official name is not English, e.g. 中国地质调查局. Public pages show it next to
                the English name.
              </p>
              <Field
                id="nativeName"
                label="Native name"
                description="The official name as the organization writes it, in its own script."
                errors={errors.nativeName}
                inputProps={{ defaultValue: v.nativeName, autoComplete: 'off', lang: v.nativeNameLang || undefined }}
              />
              <SelectField
                id="nativeNameLang"
                label="Language of the native name"
                description="Needed with a native name: browsers and screen readers use it to show and pronounce the name correctly."
                errors={errors.nativeNameLang}
                defaultValue={v.nativeNameLang}
                options={options.nativeNameLangs ?? []}
                showHints
                placeholder="Choose a language"
                className="max-w-sm"
              />
              <Field
                id="romanizedName"
                label="Romanized name"
                description="Optional. The native name in Latin letters: pinyin for Chinese (Zhōngguó Dìzhì Diàochájú), Hepburn for Japanese, RTGS for Thai."
                errors={errors.romanizedName}
                inputProps={{ defaultValue: v.romanizedName, autoComplete: 'off' }}
              />
            </FormSection>
            <SlugField
              description="The last part of the partner page's address (/organizations/…): lowercase letters, digits and hyphens, e.g. bgs."
              errors={errors.slug}
              defaultValue={v.slug}
            />
            <SelectField
              id="kind"
              label="Type of organization"
              required
              errors={errors.kind}
              defaultValue={v.kind}
              options={options.kinds ?? []}
              placeholder="Choose a type"
            />
            <SelectField
              id="country"
              label="Country"
              required
              description="Where the organization is based; for an international body, the seat of its secretariat."
              errors={errors.country}
              defaultValue={v.country}
              options={options.countries ?? []}
              placeholder="Choose a country"
            />
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
            <TextareaField
              id="description"
              label="Description"
              description="Needed to publish: at least 20 characters about the organization and its cooperation with the survey. Separate paragraphs with an empty line."
              errors={errors.description}
              defaultValue={v.description}
              rows={10}
            />
          </>
        )
      }}
    </ContentForm>
  )
}
