import type { Metadata } from 'next'
import Link from 'next/link'
import { ButtonLink } from '@/components/ui/button'

export const metadata: Metadata = { title: 'Password set', robots: { index: false, follow: false } }

/** Where an accepted invitation lands: the link has been used up, so its own page cannot say "done". */
export default function InvitationDonePage() {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-stone-100 px-4 py-12">
      <div className="w-full max-w-md rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold tracking-wide text-primary-700 uppercase">
          <Link href="/" className="hover:underline">
            GeoCoop
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold text-ink">Your password is set</h1>
        <p className="mt-2 text-ink-muted">Sign in with your e-mail address and your new password.</p>
        <ButtonLink href="/login" className="mt-6 w-full">
          Go to sign in
        </ButtonLink>
      </div>
    </main>
  )
}
