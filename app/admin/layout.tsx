import type { Metadata } from 'next'
import { AdminShell } from '@/components/admin/admin-shell'
import { Button } from '@/components/ui/button'
import { requireUser } from '@/lib/auth/guards'
import { signOutAction } from './actions'

export const metadata: Metadata = { title: { template: '%s · GeoCoop admin', default: 'GeoCoop admin' }, robots: { index: false } }

const roleLabels = { CONTRIBUTOR: 'Contributor', EDITOR: 'Editor', ADMIN: 'Administrator' } as const

// The layout shows who is signed in; it is not the security boundary. Each
// admin page, action and data function checks the user's role itself.
export default async function AdminLayout({ children }: LayoutProps<'/admin'>) {
  const user = await requireUser()
  return (
    <AdminShell
      user={{ name: user.name, role: roleLabels[user.role] }}
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
  )
}
