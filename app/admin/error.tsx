'use client'

import type { ErrorInfo } from 'next/error'
import { useEffect } from 'react'
import { Button, ButtonLink } from '@/components/ui/button'

// Server errors reach the browser without their message, so this page covers
// both a refused permission and a failure, and shows no internal detail.
export default function AdminError({ error, retry }: ErrorInfo) {
  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <div className="max-w-2xl py-8">
      <h1 className="text-2xl font-bold text-ink">This action could not be completed</h1>
      <p className="mt-4 text-ink-muted">
        Either your account does not have permission for it, or something went wrong on our side. Nothing
        you had saved before was lost. Try again, or go back to the dashboard.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <ButtonLink href="/admin" variant="secondary">
          Back to the dashboard
        </ButtonLink>
      </div>
    </div>
  )
}
