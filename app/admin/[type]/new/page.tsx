import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/site/page-header'
import { requireRole } from '@/lib/auth/guards'
import { listTitle } from '@/lib/editorial/format'
import { adapterForSegment } from '@/lib/editorial/registry'
import { loadFormOptions } from '@/lib/editorial/service'
import { contentForms } from '../_forms'
import { saveContentAction } from '../actions'

export async function generateMetadata(props: PageProps<'/admin/[type]/new'>): Promise<Metadata> {
  const adapter = adapterForSegment((await props.params).type)
  return { title: adapter ? `New ${adapter.noun}` : 'Not found' }
}

export default async function NewContentPage(props: PageProps<'/admin/[type]/new'>) {
  await requireRole('CONTRIBUTOR')
  const { type } = await props.params
  const adapter = adapterForSegment(type)
  const Form = adapter ? contentForms[adapter.segment] : undefined
  if (!adapter || !Form) notFound()
  const choices = await loadFormOptions(adapter)
  const plural = listTitle(adapter)

  return (
    <>
      <PageHeader
        title={`New ${adapter.noun}`}
        lead="It is saved as a draft. Only what identifies it is needed now; the rest is checked when it is published."
        breadcrumbs={[
          { label: 'Admin', href: '/admin' },
          { label: plural, href: `/admin/${adapter.segment}` },
          { label: 'New' },
        ]}
      />
      <Form
        action={saveContentAction.bind(null, adapter.segment, null)}
        defaults={{}}
        options={choices.options}
        pickers={choices.pickers}
        submitLabel="Create draft"
      />
    </>
  )
}
