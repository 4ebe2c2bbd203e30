import Link from 'next/link'
import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost'
export type ButtonSize = 'sm' | 'md' | 'lg'

const base =
  'inline-flex shrink-0 items-center justify-center gap-2 rounded-md font-medium whitespace-nowrap no-underline transition-colors select-none disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0'

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-primary-700 text-white shadow-sm hover:bg-primary-800 active:bg-primary-900',
  secondary:
    'border border-line-strong bg-surface text-primary-800 shadow-sm hover:bg-primary-50 active:bg-primary-100',
  danger: 'bg-red-700 text-white shadow-sm hover:bg-red-800 active:bg-red-900',
  ghost: 'text-primary-800 hover:bg-primary-50 active:bg-primary-100',
}

const sizes: Record<ButtonSize, string> = {
  sm: 'h-9 px-3 text-sm',
  md: 'h-11 px-4 text-sm',
  lg: 'h-12 px-6 text-base',
}

export type ButtonStyleProps = {
  variant?: ButtonVariant
  size?: ButtonSize
  className?: string
}

/** Class names for the button look, for elements that are neither `Button` nor `ButtonLink`. */
export function buttonVariants({
  variant = 'primary',
  size = 'md',
  className,
}: ButtonStyleProps = {}): string {
  return cn(base, variants[variant], sizes[size], className)
}

export type ButtonProps = ComponentProps<'button'> & ButtonStyleProps

/**
 * A native button. `type` defaults to "button", so a button inside a form only
 * submits when it says `type="submit"` (or is a `SubmitButton`).
 */
export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonVariants({ variant, size, className })} {...props} />
}

export type ButtonLinkProps = ComponentProps<typeof Link> & ButtonStyleProps

/** A `next/link` that looks like a button, for navigation ("New article", "Back to list"). */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonVariants({ variant, size, className })} {...props} />
}
