import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DeleteButton } from '@/components/admin/delete-button'
import { ScheduleForm } from '@/components/admin/schedule-form'
import { StatusBadge } from '@/components/admin/status-badge'
import { WorkflowPanel } from '@/components/admin/workflow-panel'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { hasRole, requireRole } from '@/lib/auth/guards'
import { listTitle, formatDateTime } from '@/lib/editorial/format'
import { adapterForSegment } from '@/lib/editorial/registry'
import { getItemForEdit, loadFormOptions } from '@/lib/editorial/service'
import { CONTENT_LOCALE_NAMES, CONTENT_LOCALES } from '@/lib/i18n/content-fields'
import { getTranslationSummary } from '@/lib/translations/service'
import { availableActions } from '@/lib/editorial/workflow'
import { IdSchema } from '@/lib/validation/common'
import { contentForms } from '../_forms'
import {
  cancelScheduleAction,
  purgeAction,
  restoreFromTrashAction,
  saveContentAction,
  scheduleAction,
  transitionAction,
  trashAction,
} from '../actions'

export const metadata: Metadata = { title: 'Edit' }

const notices: Record<string, string> = {
  created: 'Draft created.',
  saved: 'Changes saved.',
  submit: 'Submitted for review. An editor will look at it.',
  return_to_draft: 'Returned to draft.',
  publish: 'Published. The public page shows this version now.',
  unpublish: 'Unpublished. It is no longer on the public site.',
  archive: 'Archived. It is no longer on the public site.',
  scheduled: 'Scheduled.',
  unscheduled: 'Schedule cancelled.',
  restored: 'Restored from the trash.',
  'revision-restored': 'The earlier revision was restored as a new revision.',
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `side-${title.toLowerCase().replace(/\W+/g, '-')}`
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id={id} className="mb-3 text-base font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  )
}

export default async function EditContentPage(props: PageProps<'/admin/[type]/[id]'>) {
  const user = await requireRole('CONTRIBUTOR')
  const { type, id } = await props.params
  const adapter = adapterForSegment(type)
  const Form = adapter ? contentForms[adapter.segment] : undefined
  if (!adapter || !Form || !IdSchema.safeParse(id).success) notFound()
  const item = await getItemForEdit(adapter, id)
  if (!item) notFound()
  const { state, values } = item
  const isEditor = hasRole(user.role, 'EDITOR')
  const [translations, choices] = await Promise.all([
    // Translations change the live text, which only editors may do.
    isEditor && !state.deletedAt ? getTranslationSummary(adapter.type, id) : null,
    // The pickers name the rows the working copy has chosen, so the choices are loaded after the item.
    state.deletedAt ? null : loadFormOptions(adapter, values),
  ])
  const searchParams = await props.searchParams
  const notice = typeof searchParams.notice === 'string' ? notices[searchParams.notice] : undefined
  const plural = listTitle(adapter)
  const title = values[adapter.titleField] || state.slug
  const pending = state.pendingDraft ? (state.pendingDraft.inReview ? 'review' : 'draft') : 'none'
  const actions = availableActions({ status: state.status, pending }, user.role)
  const segment = adapter.segment
  const breadcrumbs = [
    { label: 'Admin', href: '/admin' },
    { label: plural, href: `/admin/${segment}` },
    { label: title },
  ]

  if (state.deletedAt || !choices) {
    return (
      <>
        <PageHeader title={title} breadcrumbs={breadcrumbs} />
        <Alert tone="info" title="This item is in the trash" className="mb-6">
          It is not on the public site and cannot be edited. {isEditor ? 'Restore it to work on it again.' : 'Ask an editor to restore it.'}
        </Alert>
        <div className="flex flex-wrap gap-3">
          {isEditor ? (
            <form action={restoreFromTrashAction.bind(null, segment, id)}>
              <Button type="submit">Restore from trash</Button>
            </form>
          ) : null}
          {hasRole(user.role, 'ADMIN') ? (
            <DeleteButton title={title} label="Delete for good" action={purgeAction.bind(null, segment, id)} />
          ) : null}
          <Link href={`/admin/${segment}/${id}/history`} className="self-center text-primary-800 underline">
            History
          </Link>
        </div>
      </>
    )
  }

  return (
    <>
      <PageHeader title={title} breadcrumbs={breadcrumbs}>
        <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
          <StatusBadge status={state.status} />
          {state.pendingDraft ? (
            <Badge tone={state.pendingDraft.inReview ? 'blue' : 'neutral'}>
              {state.pendingDraft.inReview ? 'Changes in review' : 'Unpublished changes'}
            </Badge>
          ) : null}
          <span>Version {state.version} · last changed {formatDateTime(state.updatedAt)}</span>
        </p>
      </PageHeader>
      {notice ? (
        <Alert tone="success" className="mb-6">
          {notice}
        </Alert>
      ) : null}
      {state.pendingDraft ? (
        <Alert tone="info" className="mb-6">
          The form shows unpublished changes. The public page still shows the published version until{' '}
          {isEditor ? 'you publish them' : 'an editor publishes them'}.
        </Alert>
      ) : null}
      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          <Form
            key={state.version}
            action={saveContentAction.bind(null, segment, id)}
            defaults={values}
            version={state.version}
            options={choices.options}
            pickers={choices.pickers}
            submitLabel={state.status === 'PUBLISHED' ? 'Save draft of changes' : 'Save draft'}
          />
        </div>
        <aside className="space-y-4" aria-label="Publishing">
          <Section title="Workflow">
            <WorkflowPanel
              action={transitionAction.bind(null, segment, id)}
              version={state.version}
              actions={actions}
              labels={state.status === 'PUBLISHED' ? { PUBLISH: 'Publish changes', SUBMIT: 'Submit changes for review' } : {}}
            />
            {actions.length === 0 ? <p className="text-sm text-ink-muted">No workflow step is open to your role now.</p> : null}
            {state.status === 'PUBLISHED' ? (
              <p className="mt-3 text-sm">
                <Link href={adapter.publicPath(state.slug)} className="text-primary-800 underline">
                  View the public page
                </Link>
              </p>
            ) : null}
          </Section>
          {isEditor ? (
            <Section title="Schedule">
              {state.scheduled.length > 0 ? (
                <ul className="mb-4 space-y-2 text-sm">
                  {state.scheduled.map((s) => (
                    <li key={s.id} className="flex flex-wrap items-center justify-between gap-2">
                      <span>
                        {s.action === 'PUBLISH' ? 'Publish' : 'Unpublish'} at {formatDateTime(s.runAt)}
                        {s.failedAt ? <span className="block font-medium text-red-700">Failed: {s.error}</span> : null}
                      </span>
                      <form action={cancelScheduleAction.bind(null, segment, id, s.id)}>
                        <Button type="submit" variant="ghost" size="sm">
                          Cancel<span className="sr-only"> scheduled {s.action === 'PUBLISH' ? 'publish' : 'unpublish'}</span>
                        </Button>
                      </form>
                    </li>
                  ))}
                </ul>
              ) : null}
              <ScheduleForm action={scheduleAction.bind(null, segment, id)} canUnpublish />
            </Section>
          ) : null}
          {translations ? (
            <Section title="Translations">
              <ul className="space-y-2 text-sm">
                {CONTENT_LOCALES.map((locale) => {
                  const names = CONTENT_LOCALE_NAMES[locale]
                  const counts = translations[locale]
                  return (
                    <li key={locale}>
                      <Link href={`/admin/${segment}/${id}/translations?locale=${locale}`} className="text-primary-800 underline">
                        <span lang={names.tag}>{names.native}</span>
                        <span className="sr-only"> ({names.english})</span>
                      </Link>
                      : {counts.translated} translated, {counts.missing} missing, {counts.outdated} outdated
                    </li>
                  )
                })}
              </ul>
              <p className="mt-2 text-xs text-ink-muted">Translations follow the saved English text, not unpublished changes.</p>
            </Section>
          ) : null}
          <Section title="History">
            <p className="text-sm">
              <Link href={`/admin/${segment}/${id}/history`} className="text-primary-800 underline">
                See every change and restore an earlier version
              </Link>
            </p>
          </Section>
          {isEditor ? (
            <Section title="Trash">
              <p className="mb-3 text-sm text-ink-muted">Removes it from the site and the lists. It can be restored from the trash.</p>
              <DeleteButton
                title={title}
                label="Move to trash"
                description="It leaves the public site and moves to the trash, where an editor can restore it."
                action={trashAction.bind(null, segment, id)}
              />
            </Section>
          ) : null}
        </aside>
      </div>
    </>
  )
}
