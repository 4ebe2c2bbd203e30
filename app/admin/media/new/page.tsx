import type { Metadata } from 'next'
import { PageHeader } from '@/components/site/page-header'
import { requireRole } from '@/lib/auth/guards'
import { uploadMediaAction } from '../actions'
import { MediaUploadForm } from '../_components/media-upload-form'

export const metadata: Metadata = { title: 'Upload a file' }

export default async function NewMediaPage() {
  await requireRole('CONTRIBUTOR')
  return (
    <>
      <PageHeader
        title="Upload a file"
        lead="Images can then be used as news covers and logos; PDF documents can be attached to MOUs and projects."
        breadcrumbs={[{ label: 'Admin', href: '/admin' }, { label: 'Media library', href: '/admin/media' }, { label: 'Upload' }]}
      />
      <MediaUploadForm action={uploadMediaAction} />
    </>
  )
}
