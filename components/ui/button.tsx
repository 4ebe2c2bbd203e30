import Link from 'next/link'
import type { ComponentProps } from 'react'
import { cn } from '@/lib/utils'
import { type ButtonSize, type ButtonVariant, buttonClasses } from './button-classes'

export type { ButtonSize, ButtonVariant }

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
  // A caller's classes override the button's own (`px-2` replaces `px-4`).
  return className ? cn(buttonClasses(variant, size), className) : buttonClasses(variant, size)
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
