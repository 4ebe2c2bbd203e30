import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { Button, ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { Input } from '@/components/ui/input'
import { Pagination } from '@/components/ui/pagination'
import { Select } from '@/components/ui/select'
import { requireRole } from '@/lib/auth/guards'
import { listUsers } from '@/lib/data/users'
import { ROLES, ROLE_LABELS, USER_STATUSES, USER_STATUS_LABELS, UserListQuerySchema } from '@/lib/validation/users'
import { UserStatusBadge } from './_components/user-status-badge'
import { UtcTime } from './_components/utc-time'

export const metadata: Metadata = { title: 'Users' }

const labelClass = 'mb-1 block text-sm font-semibold text-ink'

export default async function AdminUsersPage(props: PageProps<'/admin/users'>) {
  await requireRole('ADMIN')
  const searchParams = await props.searchParams
  const query = UserListQuerySchema.parse(searchParams)
  const { items, total, page, totalPages } = await listUsers(query)
  const filtered = Boolean(query.q || query.role || query.status)

  return (
    <>
      <PageHeader
        title="Users"
        lead="Who can sign in to the admin, with which role."
        breadcrumbs={[{ label: 'Admin', href: '/admin' }, { label: 'Users' }]}
      >
        <ButtonLink href="/admin/users/new">Invite user</ButtonLink>
      </PageHeader>
      {searchParams.notice === 'not-found' ? (
        <Alert tone="error" className="mb-6">
          That user no longer exists.
        </Alert>
      ) : null}
      <form role="search" aria-label="Filter users" className="mb-6 flex flex-wrap items-end gap-3" action="/admin/users">
        <div className="grow basis-64">
          <label htmlFor="q" className={labelClass}>
            Search name or e-mail
          </label>
          <Input id="q" name="q" type="search" defaultValue={query.q} />
        </div>
        <div>
          <label htmlFor="role" className={labelClass}>
            Role
          </label>
          <Select id="role" name="role" defaultValue={query.role ?? ''}>
            <option value="">Any role</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="status" className={labelClass}>
            Status
          </label>
          <Select id="status" name="status" defaultValue={query.status ?? ''}>
            <option value="">Any status</option>
            {USER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {USER_STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      {items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No users match' : 'No users yet'}
          action={
            filtered ? (
              <ButtonLink href="/admin/users" variant="secondary">
                Clear filters
              </ButtonLink>
            ) : (
              <ButtonLink href="/admin/users/new">Invite the first user</ButtonLink>
            )
          }
        >
          {filtered ? 'Try another search, role or status.' : 'People you invite appear here.'}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-ink-muted" aria-live="polite">
            {total} {total === 1 ? 'user' : 'users'}
          </p>
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Users, by name</caption>
              <thead className="bg-stone-50 text-ink-muted">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">Name</th>
                  <th scope="col" className="px-4 py-3 font-semibold">E-mail</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Role</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Status</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Last sign-in (UTC)</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {items.map((user) => (
                  <tr key={user.id}>
                    <th scope="row" className="px-4 py-3 font-normal">
                      <Link
                        href={`/admin/users/${user.id}`}
                        className="font-medium text-primary-800 underline-offset-4 hover:underline"
                      >
                        {user.name}
                      </Link>
                    </th>
                    <td className="px-4 py-3">{user.email}</td>
                    <td className="px-4 py-3">{ROLE_LABELS[user.role]}</td>
                    <td className="px-4 py-3">
                      <UserStatusBadge status={user.status} />
                    </td>
                    <td className="px-4 py-3 whitespace-nowrap">
                      {user.lastLoginAt ? <UtcTime date={user.lastLoginAt} /> : <span className="text-ink-muted">Never</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} totalPages={totalPages} basePath="/admin/users" searchParams={searchParams} className="mt-6" />
        </>
      )}
    </>
  )
}
