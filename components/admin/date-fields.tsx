import { Field } from '@/components/ui/field'
import type { Option } from '@/lib/editorial/types'
import type { ContentFormFields } from './content-form'
import { FormSection, SelectField } from './form-fields'

type DatePrecisionFieldProps = Pick<ContentFormFields, 'v' | 'errors'> & {
  /** The precisions the adapter offers, from the most to the least exact. */
  precisions: readonly Option[]
  description: string
  /** See `SelectField`: re-render the select when the stored precision changes. */
  keyedByValue?: boolean
}

/**
 * "Dates known to": how precisely the dates are known. A blank value (a new
 * item, or a draft saved without it) shows "exact", the column's default.
 */
export function DatePrecisionField({ v, errors, precisions, description, keyedByValue }: DatePrecisionFieldProps) {
  return (
    <SelectField
      id="datePrecision"
      label="Dates known to"
      description={description}
      errors={errors.datePrecision}
      defaultValue={v.datePrecision || 'DAY'}
      options={precisions}
      keyedByValue={keyedByValue}
      className="max-w-xs"
    />
  )
}

type DateRangeFieldsProps = Omit<DatePrecisionFieldProps, 'description'> & {
  /** Whether a draft needs the start date too, not only a published item. */
  startRequired?: boolean
  startDescription?: string
  endDescription: string
  precisionDescription: string
}

/**
 * The "Dates" section of a dated item: start and end date side by side,
 * then how precisely they are known. The help texts are the type's own,
 * because what the dates mean differs (a project's run, a conference's days).
 */
export function DateRangeFields({
  v,
  errors,
  precisions,
  keyedByValue,
  startRequired,
  startDescription,
  endDescription,
  precisionDescription,
}: DateRangeFieldsProps) {
  return (
    <FormSection legend="Dates">
      <div className="grid gap-6 sm:grid-cols-2">
        <Field
          id="startDate"
          label="Start date"
          required={startRequired}
          description={startDescription}
          errors={errors.startDate}
          inputProps={{ type: 'date', defaultValue: v.startDate }}
        />
        <Field
          id="endDate"
          label="End date"
          description={endDescription}
          errors={errors.endDate}
          inputProps={{ type: 'date', defaultValue: v.endDate }}
        />
      </div>
      <DatePrecisionField
        v={v}
        errors={errors}
        precisions={precisions}
        description={precisionDescription}
        keyedByValue={keyedByValue}
      />
    </FormSection>
  )
}
