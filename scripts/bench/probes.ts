/**
 * What `generate.ts` prepares for the editorial measurements of `run.ts`, in
 * one place so both agree: an editor account with a known password, draft
 * news articles that the publish measurement publishes one by one, and a
 * draft that the save measurement edits over and over.
 *
 * These exist only in benchmark databases: `generate.ts` refuses a database
 * whose name does not contain "bench".
 */

/** Every generated row's id starts with this, so a re-run can remove them first. */
export const GENERATED_ID_PREFIX = 'gen'

/** The domain of every generated account. */
export const GENERATED_EMAIL_DOMAIN = 'bench.geocoop.example'

export const BENCH_EDITOR = {
  email: `bench-editor@${GENERATED_EMAIL_DOMAIN}`,
  name: 'Benedict Bench',
  /** A benchmark database is throwaway; BENCH_EDITOR_PASSWORD overrides it all the same. */
  password: process.env.BENCH_EDITOR_PASSWORD || 'geocoop-bench-editor',
} as const

/** How many draft articles the publish measurement can publish (one per trial). */
export const PUBLISH_PROBE_COUNT = 10

export function publishProbe(index: number) {
  const n = String(index + 1).padStart(2, '0')
  return {
    id: `${GENERATED_ID_PREFIX}probepublish${n}`,
    slug: `publish-probe-${n}`,
    title: `Field season report ${n}: basin mapping results published`,
  }
}

/** The draft article that the save measurement edits. */
export const SAVE_PROBE = {
  id: `${GENERATED_ID_PREFIX}probesave`,
  slug: 'save-probe-draft',
  title: 'Draft: regional cooperation review',
} as const
