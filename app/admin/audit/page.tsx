import type { Metadata } from 'next'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { Button, ButtonLink } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { Input } from '@/components/ui/input'
import { Pagination } from '@/components/ui/pagination'
import { Select } from '@/components/ui/select'
import { requireRole } from '@/lib/auth/guards'
import { listAudit } from '@/lib/data/audit'
import { listUserOptions } from '@/lib/data/users'
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_ENTITY_TYPES,
  AuditListQuerySchema,
  NO_ACTOR,
  toDayInput,
} from '@/lib/validation/users'
import { AuditTable } from '../users/_components/audit-table'

export const metadata: Metadata = { title: 'Audit log' }

const labelClass = 'mb-1 block text-sm font-semibold text-ink'

// Sorted by label so the list reads alphabetically in the select.
const actionOptions = Object.entries(AUDIT_ACTION_LABELS).sort(([, a], [, b]) => a.localeCompare(b))

export default async function AuditLogPage(props: PageProps<'/admin/audit'>) {
  await requireRole('ADMIN')
  const searchParams = await props.searchParams
  const query = AuditListQuerySchema.parse(searchParams)
  const [{ items, total, page, totalPages }, users] = await Promise.all([listAudit(query), listUserOptions()])
  const filtered = Boolean(query.user || query.type || query.action || query.from || query.to)
  const reversed = Boolean(query.from && query.to && query.from > query.to)

  return (
    <>
      <PageHeader
        title="Audit log"
        lead="Every sign-in and every change, newest first. Entries cannot be edited or deleted. Times are in UTC."
        breadcrumbs={[{ label: 'Admin', href: '/admin' }, { label: 'Audit log' }]}
      />
      <form
        role="search"
        aria-label="Filter the audit log"
        action="/admin/audit"
        className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-[repeat(5,minmax(0,1fr))_auto] xl:items-end"
      >
        <div>
          <label htmlFor="user" className={labelClass}>
            User
          </label>
          <Select id="user" name="user" defaultValue={query.user ?? ''}>
            <option value="">Anyone</option>
            <option value={NO_ACTOR}>Nobody signed in (e.g. failed sign-ins)</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({user.email})
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="type" className={labelClass}>
            Item type
          </label>
          <Select id="type" name="type" defaultValue={query.type ?? ''}>
            <option value="">Any type</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {AUDIT_ENTITY_LABELS[type]}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="action" className={labelClass}>
            Action
          </label>
          <Select id="action" name="action" defaultValue={query.action ?? ''}>
            <option value="">Any action</option>
            {actionOptions.map(([action, label]) => (
              <option key={action} value={action}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="from" className={labelClass}>
            From (UTC)
          </label>
          <Input id="from" name="from" type="date" defaultValue={toDayInput(query.from)} />
        </div>
        <div>
          <label htmlFor="to" className={labelClass}>
            To (UTC, inclusive)
          </label>
          <Input id="to" name="to" type="date" defaultValue={toDayInput(query.to)} />
        </div>
        <div className="flex gap-3">
          <Button type="submit" variant="secondary">
            Filter
          </Button>
          {filtered ? (
            <ButtonLink href="/admin/audit" variant="ghost">
              Clear
            </ButtonLink>
          ) : null}
        </div>
      </form>
      {reversed ? (
        <Alert tone="error" className="mb-6">
          The “From” day is after the “To” day, so no entry can match. Swap the two days.
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No entries match' : 'The audit log is empty'}
          action={
            filtered ? (
              <ButtonLink href="/admin/audit" variant="secondary">
                Clear filters
              </ButtonLink>
            ) : undefined
          }
        >
          {filtered ? 'Try another user, type, action or period.' : 'Sign-ins and changes are recorded here as they happen.'}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-ink-muted" aria-live="polite">
            {total} {total === 1 ? 'entry' : 'entries'}
          </p>
          <AuditTable entries={items} caption="Audit log entries, newest first" />
          <Pagination page={page} totalPages={totalPages} basePath="/admin/audit" searchParams={searchParams} className="mt-6" />
        </>
      )}
    </>
  )
}
