import Link from 'next/link'
import type { AuditEntryRow } from '@/lib/data/audit'
import { AUDIT_ENTITY_LABELS, type AuditEntityType, auditActionLabel, auditEntityHref } from '@/lib/validation/users'
import { UtcTime } from './utc-time'

const cell = 'px-4 py-3 align-top'

function Who({ entry }: { entry: AuditEntryRow }) {
  if (entry.actorId) {
    return (
      <>
        <span className="block font-medium">{entry.actorName ?? entry.actorEmail ?? 'Unknown user'}</span>
        {entry.actorName && entry.actorEmail ? <span className="block text-ink-muted">{entry.actorEmail}</span> : null}
      </>
    )
  }
  // Failed sign-ins keep the address that was typed, but nobody was signed in.
  if (entry.actorEmail) {
    return (
      <>
        <span className="block">{entry.actorEmail}</span>
        <span className="block text-ink-muted">not signed in</span>
      </>
    )
  }
  return <span className="text-ink-muted">System</span>
}

function Item({ entry }: { entry: AuditEntryRow }) {
  if (!entry.entityType) return <span className="text-ink-muted">—</span>
  const typeLabel = Object.hasOwn(AUDIT_ENTITY_LABELS, entry.entityType)
    ? AUDIT_ENTITY_LABELS[entry.entityType as AuditEntityType]
    : entry.entityType
  const name = entry.entityName ?? (entry.entityId ? `${typeLabel} ${entry.entityId.slice(-8)}` : typeLabel)
  const href = auditEntityHref(entry.entityType, entry.entityId)
  return (
    <>
      {href ? (
        <Link href={href} className="font-medium text-primary-800 underline underline-offset-4">
          {name}
        </Link>
      ) : (
        <span>{name}</span>
      )}
      {entry.entityName ? <span className="block text-ink-muted">{typeLabel}</span> : null}
    </>
  )
}

/** Audit entries as a table: when (UTC), who, action, item, summary and IP address. */
export function AuditTable({ entries, caption }: { entries: AuditEntryRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50 text-ink-muted">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold whitespace-nowrap">When (UTC)</th>
            <th scope="col" className="px-4 py-3 font-semibold">Who</th>
            <th scope="col" className="px-4 py-3 font-semibold">Action</th>
            <th scope="col" className="px-4 py-3 font-semibold">Item</th>
            <th scope="col" className="px-4 py-3 font-semibold">Summary</th>
            <th scope="col" className="px-4 py-3 font-semibold">IP address</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={`${cell} whitespace-nowrap`}>
                <UtcTime date={entry.at} withSeconds />
              </td>
              <td className={cell}>
                <Who entry={entry} />
              </td>
              <td className={`${cell} whitespace-nowrap`}>{auditActionLabel(entry.action)}</td>
              <td className={cell}>
                <Item entry={entry} />
              </td>
              <td className={`${cell} min-w-64`}>{entry.summary}</td>
              <td className={`${cell} font-mono text-xs whitespace-nowrap`}>{entry.ip ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
