import 'server-only'
import type { ContentType } from '@/lib/generated/prisma/enums'
import { conferenceAdapter } from './adapters/conferences'
import { mouAdapter } from './adapters/mous'
import { newsAdapter } from './adapters/news'
import { organizationAdapter } from './adapters/organizations'
import { projectAdapter } from './adapters/projects'
import { trainingAdapter } from './adapters/trainings'
import { ADMIN_SEGMENTS, type AdminSegment, type ContentAdapter } from './types'

type AnyAdapter = ContentAdapter<{ slug: string }>

/** Every editable content type, in admin navigation order. */
export const adapters: AnyAdapter[] = [
  organizationAdapter as unknown as AnyAdapter,
  projectAdapter as unknown as AnyAdapter,
  mouAdapter as unknown as AnyAdapter,
  conferenceAdapter as unknown as AnyAdapter,
  trainingAdapter as unknown as AnyAdapter,
  newsAdapter as unknown as AnyAdapter,
]

export function adapterForSegment(segment: string): AnyAdapter | null {
  if (!(ADMIN_SEGMENTS as readonly string[]).includes(segment)) return null
  return adapters.find((a) => a.segment === (segment as AdminSegment)) ?? null
}

export function adapterForType(type: ContentType): AnyAdapter {
  const adapter = adapters.find((a) => a.type === type)
  if (!adapter) throw new Error(`No adapter for content type ${type}`)
  return adapter
}

/** The admin URL of an item, e.g. /admin/mous/<id>. */
export function adminPathFor(type: ContentType | string, id: string): string | null {
  const adapter = adapters.find((a) => a.type === type)
  return adapter ? `/admin/${adapter.segment}/${id}` : null
}
