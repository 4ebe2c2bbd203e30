import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DeleteButton } from '@/components/admin/delete-button'
import { MediaImage } from '@/components/content/media-image'
import { PageHeader } from '@/components/site/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { hasRole, requireRole } from '@/lib/auth/guards'
import { getMedia } from '@/lib/data/media'
import { formatFileSize } from '@/lib/media/detect'
import { DOCUMENT_FILE, mediaUrl, preferredVariant, variantFile } from '@/lib/media/files'
import { formatDate } from '@/lib/utils'
import { deleteMediaAction, purgeMediaAction, restoreMediaAction, updateMediaAction } from '../actions'
import { CopyField } from '../_components/copy-field'
import { DocumentIcon } from '../_components/document-icon'
import { MediaEditForm } from '../_components/media-edit-form'

export const metadata: Metadata = { title: 'Media file' }

const notices: Record<string, string> = {
  uploaded: 'File uploaded. Copy an address below to use it.',
  saved: 'Changes saved.',
  trashed: 'Moved to the trash: the file is no longer served or offered for selection. Restore it if this was a mistake.',
  restored: 'Restored from the trash: the file is served again.',
}

const formatLabels: Record<string, string> = {
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
  'image/webp': 'WebP image',
  'image/gif': 'GIF image',
  'application/pdf': 'PDF document',
}

const linkClass = 'font-medium text-primary-800 underline-offset-4 hover:underline'

export default async function MediaItemPage(props: PageProps<'/admin/media/[id]'>) {
  const user = await requireRole('CONTRIBUTOR')
  const { id } = await props.params
  const { notice } = await props.searchParams
  const item = await getMedia(id)
  if (!item) notFound()
  const noticeText = typeof notice === 'string' ? notices[notice] : undefined
  const canManage = hasRole(user.role, 'EDITOR')
  const canPurge = hasRole(user.role, 'ADMIN')
  const inTrash = item.deletedAt !== null
  const isImage = item.kind === 'IMAGE'
  const previewWidth = preferredVariant(item.variants.filter((w) => w <= 640)) ?? preferredVariant(item.variants)
  const addresses = isImage
    ? [...item.variants]
        .sort((a, b) => a - b)
        .map((w) => ({ id: `url-w${w}`, label: `${w} pixels wide`, value: mediaUrl(item.key, variantFile(w)) }))
    : [{ id: 'url-document', label: 'PDF document', value: mediaUrl(item.key, DOCUMENT_FILE) }]
  const usedBy = [
    ...item.mous.map((m) => ({ href: `/admin/mous/${m.id}`, label: m.subject, kind: 'MOU' })),
    ...item.projects.map((p) => ({ href: `/admin/projects/${p.id}`, label: p.title, kind: 'Project' })),
  ]

  return (
    <>
      <PageHeader
        title={item.title}
        breadcrumbs={[
          { label: 'Admin', href: '/admin' },
          { label: 'Media library', href: '/admin/media' },
          ...(inTrash ? [{ label: 'Trash', href: '/admin/media?trash=1' }] : []),
          { label: item.title },
        ]}
      >
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="blue">{isImage ? 'Image' : 'PDF document'}</Badge>
          {inTrash ? <Badge tone="red">In the trash</Badge> : null}
        </div>
      </PageHeader>
      {noticeText ? (
        <Alert tone="success" className="mb-6">
          {noticeText}
        </Alert>
      ) : null}
      {inTrash ? (
        <section aria-labelledby="trash-heading" className="mb-8 rounded-lg border border-red-200 bg-red-50 p-5">
          <h2 id="trash-heading" className="font-semibold text-red-900">
            This file is in the trash
          </h2>
          <p className="mt-1 text-sm text-red-900">
            Moved there on {formatDate(item.deletedAt ?? item.createdAt)}. It is not served and cannot be chosen for news,
            MOUs or projects.
          </p>
          {canManage ? (
            <div className="mt-4 flex flex-wrap gap-3">
              <form action={restoreMediaAction.bind(null, item.id)}>
                <Button type="submit" variant="secondary" size="sm">
                  Restore
                </Button>
              </form>
              {canPurge ? (
                <DeleteButton
                  title={item.title}
                  label="Delete permanently"
                  action={purgeMediaAction.bind(null, item.id)}
                />
              ) : null}
            </div>
          ) : null}
        </section>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="mb-3 text-lg font-semibold text-ink">
            Preview
          </h2>
          <div className="flex min-h-48 items-center justify-center overflow-hidden rounded-lg border border-stone-200 bg-stone-100">
            {inTrash ? (
              <p className="p-6 text-center text-sm text-ink-muted">No preview while the file is in the trash.</p>
            ) : isImage && previewWidth !== null ? (
              <MediaImage
                src={mediaUrl(item.key, variantFile(previewWidth))}
                variants={item.variants}
                sizes="(min-width: 1024px) 24rem, 100vw"
                alt={item.alt}
                width={item.width}
                height={item.height}
                priority
                className="h-auto max-h-[32rem] w-full object-contain"
              />
            ) : (
              <div className="flex flex-col items-center gap-3 p-6">
                <DocumentIcon className="size-20" />
                <a href={mediaUrl(item.key, DOCUMENT_FILE)} className={linkClass}>
                  Download the PDF
                </a>
              </div>
            )}
          </div>
          <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="font-semibold text-ink-muted">File name</dt>
            <dd className="break-all">{item.fileName}</dd>
            <dt className="font-semibold text-ink-muted">Uploaded as</dt>
            <dd>{formatLabels[item.mimeType] ?? item.mimeType}</dd>
            <dt className="font-semibold text-ink-muted">Size</dt>
            <dd>{formatFileSize(item.size)}</dd>
            {item.width && item.height ? (
              <>
                <dt className="font-semibold text-ink-muted">Dimensions</dt>
                <dd>
                  {item.width} × {item.height} pixels
                </dd>
              </>
            ) : null}
            <dt className="font-semibold text-ink-muted">Uploaded</dt>
            <dd>
              {formatDate(item.createdAt)}
              {item.createdBy ? ` by ${item.createdBy.name}` : ''}
            </dd>
          </dl>
        </section>

        <div className="space-y-10">
          {inTrash ? null : (
            <section aria-labelledby="addresses-heading">
              <h2 id="addresses-heading" className="text-lg font-semibold text-ink">
                {isImage ? 'Addresses of each size' : 'Address'}
              </h2>
              <p className="mt-1 mb-4 text-sm text-ink-muted">
                {isImage
                  ? 'Paste an address into a cover image or logo field. Public pages offer browsers every size, so any of them works; 1280 pixels suits most covers.'
                  : 'Visitors who open this address download the PDF. To show it on an MOU or project page, attach it there.'}
              </p>
              <div className="space-y-3">
                {addresses.map((address) => (
                  <CopyField key={address.id} id={address.id} label={address.label} value={address.value} />
                ))}
              </div>
            </section>
          )}

          <section aria-labelledby="used-heading">
            <h2 id="used-heading" className="text-lg font-semibold text-ink">
              Attached to
            </h2>
            {usedBy.length > 0 ? (
              <ul className="mt-3 space-y-2">
                {usedBy.map((use) => (
                  <li key={use.href}>
                    <span className="mr-2 text-sm text-ink-muted">{use.kind}:</span>
                    <Link href={use.href} className={linkClass}>
                      {use.label}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-ink-muted">
                No MOU or project lists this file. Addresses pasted into news articles or partner pages are not tracked.
              </p>
            )}
          </section>

          {inTrash ? null : (
            <section aria-labelledby="details-heading">
              <h2 id="details-heading" className="mb-4 text-lg font-semibold text-ink">
                {isImage ? 'Title and description' : 'Title'}
              </h2>
              <MediaEditForm
                action={updateMediaAction.bind(null, item.id)}
                kind={item.kind}
                defaults={{ title: item.title, alt: item.alt }}
              />
            </section>
          )}

          {canManage && !inTrash ? (
            <section aria-labelledby="delete-heading">
              <h2 id="delete-heading" className="text-lg font-semibold text-ink">
                Remove from the library
              </h2>
              <p className="mt-1 mb-4 text-sm text-ink-muted">
                The file moves to the trash: it stops being served at once, including on pages that use it. An editor can
                restore it from there.
              </p>
              <DeleteButton
                title={item.title}
                description="It moves to the trash, where an editor can restore it."
                action={deleteMediaAction.bind(null, item.id)}
              />
            </section>
          ) : null}
        </div>
      </div>
    </>
  )
}
