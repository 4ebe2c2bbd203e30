'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { MouseEvent, ReactNode } from 'react'
import { splitLocale } from '@/lib/i18n/locales'

export type NavLinkProps = {
  href: string
  children: ReactNode
  /** Style the current state with `data-active:` (or `aria-[current=page]:`) variants. */
  className?: string
  /**
   * Match only the exact path. Defaults to true for the home page and false
   * otherwise, so "/news" stays current on "/news/some-article".
   */
  exact?: boolean
}

function isCurrent(pathname: string, href: string, exact: boolean): boolean {
  if (pathname === href) return true
  return !exact && pathname.startsWith(href.endsWith('/') ? href : `${href}/`)
}

// A link in a disclosure menu closes that menu once followed, because client
// navigation keeps the surrounding layout (and the open <details>) in place.
function closeEnclosingDisclosure(event: MouseEvent<HTMLAnchorElement>) {
  event.currentTarget.closest('details')?.removeAttribute('open')
}

/**
 * A navigation link that knows whether it points at the current page. The
 * exact page gets `aria-current="page"`; a parent section gets
 * `aria-current="true"`. Both get `data-active` for styling.
 */
export function NavLink({ href, children, className, exact }: NavLinkProps) {
  // Compared without the language prefix, and in the same form while the
  // page is prerendered (`/en/news`) as in the browser (`/news`).
  const pathname = splitLocale(usePathname() ?? '').path
  const target = splitLocale(href).path
  const active = isCurrent(pathname, target, exact ?? target === '/')
  const ariaCurrent = pathname === target ? 'page' : active ? 'true' : undefined

  return (
    <Link
      href={href}
      aria-current={ariaCurrent}
      data-active={active ? '' : undefined}
      className={className}
      onClick={closeEnclosingDisclosure}
    >
      {children}
    </Link>
  )
}
