import Link from 'next/link'
import { MediaImage } from '@/components/content/media-image'
import type { MediaListItem } from '@/lib/data/media'
import { describeDocument } from '@/lib/media/detect'
import { mediaUrl, variantFile } from '@/lib/media/files'
import { formatDate } from '@/lib/utils'
import { DocumentIcon } from './document-icon'

function Thumbnail({ item }: { item: MediaListItem }) {
  const smallest = item.variants.length > 0 ? Math.min(...item.variants) : null
  // Items in the trash are no longer served, so they get a placeholder.
  if (item.kind === 'IMAGE' && smallest !== null && !item.deletedAt) {
    return (
      <MediaImage
        src={mediaUrl(item.key, variantFile(smallest))}
        variants={[smallest]}
        sizes={`${smallest}px`}
        alt={item.alt}
        width={item.width}
        height={item.height}
        className="absolute inset-0 size-full object-cover"
      />
    )
  }
  if (item.kind === 'DOCUMENT') return <DocumentIcon className="size-16" />
  return (
    <span className="px-3 text-center text-sm text-ink-muted">Image in the trash</span>
  )
}

/** The library as a grid of tiles: thumbnail or PDF icon, linked title, type and size. */
export function MediaGrid({ items }: { items: MediaListItem[] }) {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {items.map((item) => (
        <li key={item.id} className="group relative flex flex-col overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm hover:border-primary-300">
          <div className="relative flex aspect-[4/3] items-center justify-center overflow-hidden bg-stone-100">
            <Thumbnail item={item} />
          </div>
          <div className="flex grow flex-col gap-1 p-3">
            <Link
              href={`/admin/media/${item.id}`}
              className="font-medium break-words text-primary-800 underline-offset-4 after:absolute after:inset-0 hover:underline"
            >
              {item.title}
            </Link>
            <p className="text-sm text-ink-muted">
              {item.kind === 'IMAGE'
                ? `Image${item.width && item.height ? `, ${item.width} × ${item.height}` : ''}`
                : describeDocument(item.size)}
            </p>
            <p className="text-xs text-ink-muted">
              {item.deletedAt ? `Moved to the trash ${formatDate(item.deletedAt)}` : `Uploaded ${formatDate(item.createdAt)}`}
            </p>
          </div>
        </li>
      ))}
    </ul>
  )
}
