import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { EmptyState } from '@/components/ui/empty-state'
import { requireRole } from '@/lib/auth/guards'
import { listRecentAuditForUser } from '@/lib/data/audit'
import { getUser } from '@/lib/data/users'
import { ROLE_LABELS } from '@/lib/validation/users'
import { changeRoleAction, deactivateUserAction, reactivateUserAction, resendInvitationAction } from '../actions'
import { AuditTable } from '../_components/audit-table'
import { ConfirmButton } from '../_components/confirm-button'
import { ResendInvitationForm } from '../_components/resend-invitation-form'
import { RoleForm } from '../_components/role-form'
import { UserStatusBadge } from '../_components/user-status-badge'
import { UtcTime } from '../_components/utc-time'

export const metadata: Metadata = { title: 'User' }

const notices: Record<string, string> = {
  deactivated: 'User deactivated. They are signed out on their next request and cannot sign in.',
  reactivated: 'User reactivated. They can sign in again.',
}

const errors: Record<string, string> = {
  self: 'You cannot deactivate or reactivate your own account. Ask another administrator to do it.',
  'last-admin': 'This is the last active administrator, so the account stays active. Make another user an administrator first.',
}

const sectionHeading = 'mb-4 text-xl font-semibold text-ink'

export default async function AdminUserPage(props: PageProps<'/admin/users/[id]'>) {
  const admin = await requireRole('ADMIN')
  const { id } = await props.params
  const { notice, error } = await props.searchParams
  const user = await getUser(id)
  if (!user) notFound()
  const activity = await listRecentAuditForUser(user.id)
  const isSelf = user.id === admin.id
  const noticeText = typeof notice === 'string' ? notices[notice] : undefined
  const errorText = typeof error === 'string' ? errors[error] : undefined

  return (
    <>
      <PageHeader
        title={user.name}
        breadcrumbs={[{ label: 'Admin', href: '/admin' }, { label: 'Users', href: '/admin/users' }, { label: user.name }]}
      >
        <div className="flex flex-wrap items-center gap-3 text-sm text-ink-muted">
          <UserStatusBadge status={user.status} />
          <span>{ROLE_LABELS[user.role]}</span>
          {isSelf ? <span>This is you.</span> : null}
        </div>
      </PageHeader>
      {noticeText ? (
        <Alert tone="success" className="mb-6">
          {noticeText}
        </Alert>
      ) : null}
      {errorText ? (
        <Alert tone="error" className="mb-6">
          {errorText}
        </Alert>
      ) : null}

      <section aria-labelledby="details-heading" className="mb-10">
        <h2 id="details-heading" className={sectionHeading}>
          Details
        </h2>
        <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold text-ink">E-mail</dt>
          <dd>{user.email}</dd>
          <dt className="font-semibold text-ink">Last sign-in</dt>
          <dd>{user.lastLoginAt ? <UtcTime date={user.lastLoginAt} /> : 'Never'}</dd>
          <dt className="font-semibold text-ink">Added</dt>
          <dd>
            <UtcTime date={user.createdAt} />
          </dd>
          {user.status === 'INVITED' ? (
            <>
              <dt className="font-semibold text-ink">Invitation</dt>
              <dd>
                {user.invitation ? (
                  user.invitation.expiresAt > new Date() ? (
                    <>
                      Sent <UtcTime date={user.invitation.createdAt} />, expires <UtcTime date={user.invitation.expiresAt} />
                    </>
                  ) : (
                    <>
                      Expired <UtcTime date={user.invitation.expiresAt} />
                    </>
                  )
                ) : (
                  'No valid invitation'
                )}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {user.status === 'INVITED' ? (
        <section aria-labelledby="invitation-heading" className="mb-10">
          <h2 id="invitation-heading" className={sectionHeading}>
            Invitation
          </h2>
          <p className="mb-4 max-w-3xl text-ink-muted">
            {user.name} has not chosen a password yet. A new invitation replaces the previous link.
          </p>
          <ResendInvitationForm action={resendInvitationAction.bind(null, user.id)} />
        </section>
      ) : null}

      <section aria-labelledby="role-heading" className="mb-10 max-w-3xl">
        <h2 id="role-heading" className={sectionHeading}>
          Role
        </h2>
        {isSelf ? (
          <p className="text-ink-muted">
            You are {ROLE_LABELS[user.role].toLowerCase()}. You cannot change your own role; another administrator can.
          </p>
        ) : (
          <RoleForm key={user.role} action={changeRoleAction.bind(null, user.id)} currentRole={user.role} />
        )}
      </section>

      <section aria-labelledby="access-heading" className="mb-10 max-w-3xl">
        <h2 id="access-heading" className={sectionHeading}>
          Access
        </h2>
        {isSelf ? (
          <p className="text-ink-muted">You cannot deactivate your own account.</p>
        ) : user.active ? (
          <div className="space-y-3">
            <p className="text-ink-muted">
              A deactivated user cannot sign in, and is signed out on their next request. Their content and history stay.
            </p>
            <ConfirmButton
              label="Deactivate"
              question={`Deactivate ${user.name}?`}
              pendingLabel="Deactivating…"
              action={deactivateUserAction.bind(null, user.id)}
            >
              {user.name} will be signed out on their next request and cannot sign in until an administrator reactivates
              the account.
              {user.status === 'INVITED' ? ' Their invitation link stops working.' : null}
            </ConfirmButton>
          </div>
        ) : (
          <div className="space-y-3">
            <p className="text-ink-muted">This account is deactivated: {user.name} cannot sign in.</p>
            <ConfirmButton
              label="Reactivate"
              variant="primary"
              question={`Reactivate ${user.name}?`}
              pendingLabel="Reactivating…"
              action={reactivateUserAction.bind(null, user.id)}
            >
              {user.name} will be able to sign in again as {ROLE_LABELS[user.role].toLowerCase()}.
            </ConfirmButton>
          </div>
        )}
      </section>

      <section aria-labelledby="activity-heading">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="activity-heading" className="text-xl font-semibold text-ink">
            Recent activity
          </h2>
          <Link
            href={`/admin/audit?user=${encodeURIComponent(user.id)}`}
            className="font-medium text-primary-800 underline underline-offset-4"
          >
            Everything {user.name} did, in the audit log
          </Link>
        </div>
        {activity.length === 0 ? (
          <EmptyState title="No activity yet" headingLevel={3}>
            Sign-ins and changes by or about this user appear here.
          </EmptyState>
        ) : (
          <AuditTable entries={activity} caption={`The latest audit log entries by or about ${user.name}, newest first`} />
        )}
      </section>
    </>
  )
}
