import Link from 'next/link'
import type { ReactNode } from 'react'
import { LogoMark } from '@/components/site/site-header'
import { SkipLink } from '@/components/site/skip-link'
import { Badge } from '@/components/ui/badge'
import { AdminNav, type AdminNavItem } from './admin-nav'

export type AdminShellProps = {
  /** The signed-in user, for display only: the shell is not an authorization check. */
  user: {
    name: string
    role: string
  }
  /** The sign-out control, e.g. a `<form action={signOutAction}>` with a button. */
  signOutSlot: ReactNode
  /** Admin sections after Dashboard and News. */
  navExtraItems?: AdminNavItem[]
  children: ReactNode
}

function formatRole(role: string): string {
  const lower = role.toLowerCase().replaceAll('_', ' ')
  return lower.charAt(0).toUpperCase() + lower.slice(1)
}

/** The frame of every admin page: top bar with the user, sidebar navigation and the main region. */
export function AdminShell({ user, signOutSlot, navExtraItems, children }: AdminShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="bg-primary-950 text-primary-100 [--focus-ring:var(--color-primary-200)]">
        <div className="flex min-h-14 flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
          <div className="flex items-center gap-4">
            <Link href="/admin" className="flex items-center gap-2.5 rounded-md text-white no-underline">
              <LogoMark className="size-7" />
              <span className="font-semibold tracking-tight">GeoCoop admin</span>
            </Link>
            <Link href="/" className="text-sm text-primary-200 underline-offset-2 hover:text-white hover:underline">
              View site
            </Link>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <p className="flex items-center gap-2">
              <span className="sr-only">Signed in as </span>
              <span className="font-medium text-white">{user.name}</span>
              <Badge tone="neutral" className="border-primary-700 bg-primary-900 text-primary-100">
                {formatRole(user.role)}
              </Badge>
            </p>
            {signOutSlot}
          </div>
        </div>
      </header>

      <div className="flex flex-1 flex-col lg:flex-row">
        <aside className="border-b border-line bg-surface px-3 py-3 lg:w-60 lg:shrink-0 lg:border-r lg:border-b-0 lg:py-6">
          <AdminNav extraItems={navExtraItems} />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 lg:px-10">{children}</div>
        </main>
      </div>
    </div>
  )
}
