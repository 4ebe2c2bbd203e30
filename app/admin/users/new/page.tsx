import type { Metadata } from 'next'
import { PageHeader } from '@/components/site/page-header'
import { requireRole } from '@/lib/auth/guards'
import { InviteUserSection } from '../_components/invite-user-form'

export const metadata: Metadata = { title: 'Invite user' }

export default async function InviteUserPage() {
  await requireRole('ADMIN')
  return (
    <>
      <PageHeader
        title="Invite user"
        lead="The new user gets a link to choose their own password. Until they do, they cannot sign in."
        breadcrumbs={[{ label: 'Admin', href: '/admin' }, { label: 'Users', href: '/admin/users' }, { label: 'Invite user' }]}
      />
      <InviteUserSection />
    </>
  )
}
