'use client'

import type { ErrorInfo } from 'next/error'
import { useParams } from 'next/navigation'
import { useEffect } from 'react'
import { Button, ButtonLink } from '@/components/ui/button'
import { DEFAULT_LOCALE, isLocale, localePath } from '@/lib/i18n/locales'
import { site } from '@/lib/i18n/messages/site'

// Only a generic message is shown; the error itself goes to the console (and
// the server log, matched by its digest), never onto the page. The texts are
// read from the message table directly: the page's translator lives on the
// server, and this boundary renders in the browser.
export default function PublicError({ error, retry }: ErrorInfo) {
  const param = useParams<{ locale: string }>().locale
  const locale = isLocale(param) ? param : DEFAULT_LOCALE
  const text = site[locale].error

  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <div className="mx-auto max-w-2xl py-8 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-primary-950 sm:text-4xl">{text.title}</h1>
      <p className="mt-4 text-lg leading-relaxed text-ink-muted">{text.body}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Button onClick={() => retry()}>{text.retry}</Button>
        <ButtonLink href={localePath(locale, '/')} variant="secondary">
          {text.home}
        </ButtonLink>
      </div>
    </div>
  )
}
