'use client'

import type { ErrorInfo } from 'next/error'
import Link from 'next/link'
import { useParams } from 'next/navigation'
import { useEffect } from 'react'
import { buttonClasses } from '@/components/ui/button-classes'
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
        {/* Plain elements with the button classes: Button would bring its class merging into every page's bundle. */}
        <button type="button" className={buttonClasses()} onClick={() => retry()}>
          {text.retry}
        </button>
        <Link href={localePath(locale, '/')} className={buttonClasses('secondary')}>
          {text.home}
        </Link>
      </div>
    </div>
  )
}
