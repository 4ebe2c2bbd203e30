'use client'

import type { ErrorInfo } from 'next/error'
import { useEffect } from 'react'
import './globals.css'

// Replaces the root layout when it fails, so it brings its own document and
// stays minimal: no data, no site chrome that could fail the same way.
export default function GlobalError({ error, retry }: ErrorInfo) {
  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <html lang="en">
      <body className="min-h-dvh">
        <title>Something went wrong · GeoCoop</title>
        <main className="mx-auto max-w-xl px-6 py-24">
          <p className="text-sm font-semibold tracking-wide text-primary-700 uppercase">GeoCoop</p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight text-primary-950">Something went wrong</h1>
          <p className="mt-4 text-lg leading-relaxed text-ink-muted">
            The site could not be displayed. Please try again in a moment.
          </p>
          <button
            type="button"
            onClick={() => retry()}
            className="mt-8 inline-flex h-11 items-center rounded-md bg-primary-700 px-4 text-sm font-medium text-white hover:bg-primary-800"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  )
}
