import type { Metadata } from 'next'
import { AdminShell } from '@/components/admin/admin-shell'
import { HtmlDocument } from '@/components/site/html-document'
import { Button } from '@/components/ui/button'
import type { AdminNavItem } from '@/components/admin/admin-nav'
import { hasRole, requireUser } from '@/lib/auth/guards'
import { signOutAction } from './actions'

export const metadata: Metadata = { title: { template: '%s · GeoCoop admin', absolute: 'GeoCoop admin' }, robots: { index: false } }

// Every admin page depends on the signed-in user and reads the database per
// request, so it is rendered for each request and is allowed to block until
// the user is known, rather than showing a loading state first.
export const instant = false

const roleLabels = { CONTRIBUTOR: 'Contributor', EDITOR: 'Editor', ADMIN: 'Administrator' } as const

const contentItems: AdminNavItem[] = [
  { title: 'Organizations', href: '/admin/organizations' },
  { title: 'Projects', href: '/admin/projects' },
  { title: 'MOUs', href: '/admin/mous' },
  { title: 'Conferences', href: '/admin/conferences' },
  { title: 'Trainings', href: '/admin/trainings' },
  { title: 'News', href: '/admin/news' },
  { title: 'Media', href: '/admin/media' },
  { title: 'Scheduled', href: '/admin/scheduled' },
]
const editorItems: AdminNavItem[] = [{ title: 'Trash', href: '/admin/trash' }]
const adminItems: AdminNavItem[] = [
  { title: 'Users', href: '/admin/users' },
  { title: 'Audit log', href: '/admin/audit' },
]

// The layout shows who is signed in; it is not the security boundary. Each
// admin page, action and data function checks the user's role itself.
export default async function AdminLayout({ children }: LayoutProps<'/admin'>) {
  const user = await requireUser()
  return (
    <HtmlDocument lang="en">
    <AdminShell
      user={{ name: user.name, role: roleLabels[user.role] }}
      navExtraItems={[
        ...contentItems,
        ...(hasRole(user.role, 'EDITOR') ? editorItems : []),
        ...(hasRole(user.role, 'ADMIN') ? adminItems : []),
      ]}
      signOutSlot={
        <form action={signOutAction}>
          <Button type="submit" variant="ghost" size="sm" className="text-primary-100 hover:bg-primary-900 hover:text-white">
            Sign out
          </Button>
        </form>
      }
    >
      {children}
    </AdminShell>
    </HtmlDocument>
  )
}
