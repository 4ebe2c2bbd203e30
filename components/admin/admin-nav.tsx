import { NavLink } from '@/components/site/nav-link'
import type { NavItem } from '@/content/site'
import { cn } from '@/lib/utils'

export type AdminNavItem = NavItem & {
  /** Match the path exactly; needed for section roots such as "/admin". */
  exact?: boolean
}

/** The section every user sees. The others depend on the role and are passed in as `extraItems`. */
export const baseAdminNavItems: AdminNavItem[] = [
  { title: 'Dashboard', href: '/admin', exact: true },
]

export type AdminNavProps = {
  /** Appended after Dashboard, e.g. Organizations, Projects, Users. */
  extraItems?: AdminNavItem[]
  className?: string
}

const linkClass =
  'flex items-center rounded-md px-3 py-2 text-sm font-medium text-ink no-underline transition-colors hover:bg-primary-50 hover:text-primary-900 data-active:bg-primary-100 data-active:text-primary-950 data-active:shadow-[inset_3px_0_0_var(--color-primary-700)]'

/** The admin sidebar navigation; the current section is marked by the `NavLink` client leaf. */
export function AdminNav({ extraItems = [], className }: AdminNavProps) {
  const items = [...baseAdminNavItems, ...extraItems]
  return (
    <nav aria-label="Admin" className={className}>
      <ul className={cn('flex flex-wrap gap-1 lg:flex-col lg:flex-nowrap')}>
        {items.map((item) => (
          <li key={item.href}>
            <NavLink href={item.href} exact={item.exact} className={linkClass}>
              {item.title}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
