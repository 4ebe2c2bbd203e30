const MINUTE = 60_000

/**
 * Session lifetimes. A session ends 8 hours after sign-in whatever happens
 * (a working day), or after 30 minutes without a request, so a browser left
 * open on a shared computer does not stay signed in. Activity is written at
 * most once a minute, not on every request.
 *
 * Kept apart from the database code so the edge-safe auth.config.ts can use it.
 */
export const SESSION_LIMITS = {
  absoluteMs: 8 * 60 * MINUTE,
  idleMs: 30 * MINUTE,
  touchEveryMs: MINUTE,
} as const
