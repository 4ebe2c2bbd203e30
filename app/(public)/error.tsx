'use client'

import type { ErrorInfo } from 'next/error'
import { useEffect } from 'react'
import { Button, ButtonLink } from '@/components/ui/button'

// Only a generic message is shown; the error itself goes to the console (and
// the server log, matched by its digest), never onto the page.
export default function PublicError({ error, retry }: ErrorInfo) {
  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <div className="mx-auto max-w-2xl py-8 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-primary-950 sm:text-4xl">Something went wrong</h1>
      <p className="mt-4 text-lg leading-relaxed text-ink-muted">
        We could not load this page. Please try again in a moment. If the problem continues, come back later.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <ButtonLink href="/" variant="secondary">
          Go to the home page
        </ButtonLink>
      </div>
    </div>
  )
}
