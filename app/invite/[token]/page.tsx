import type { Metadata } from 'next'
import Link from 'next/link'
import { Alert } from '@/components/ui/alert'
import { ButtonLink } from '@/components/ui/button'
import { getInvitation } from '@/lib/data/users'
import { acceptInvitationAction } from './actions'
import { InvitationForm } from './invitation-form'

// The token is in the address: keep the page out of search engines and out
// of the Referer header of any link followed from it.
export const metadata: Metadata = {
  title: 'Choose your password',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

// An invitation is looked up per request (it expires and is used up), so the
// page is rendered for each request and is allowed to block until it is found.
export const instant = false

export default async function InvitationPage(props: PageProps<'/invite/[token]'>) {
  const { token } = await props.params
  const invitation = await getInvitation(token)

  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-stone-100 px-4 py-12">
      <div className="w-full max-w-md rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold tracking-wide text-primary-700 uppercase">
          <Link href="/" className="hover:underline">
            GeoCoop
          </Link>
        </p>
        {invitation.status === 'valid' ? (
          <>
            <h1 className="mt-2 text-2xl font-bold text-ink">Choose your password</h1>
            <p className="mt-2 text-ink-muted">
              Welcome, {invitation.name}. Choose a password to finish setting up your account.
            </p>
            <InvitationForm action={acceptInvitationAction.bind(null, token)} email={invitation.email} />
          </>
        ) : (
          <>
            <h1 className="mt-2 text-2xl font-bold text-ink">
              {invitation.status === 'expired' ? 'This invitation has expired' : 'This invitation link cannot be used'}
            </h1>
            <Alert tone="info" className="mt-4">
              {invitation.status === 'expired'
                ? 'Invitation links work for 7 days. Ask the administrator who invited you to send a new one.'
                : 'The link is incomplete, has been replaced by a newer one, or has already been used. If you have already set your password, sign in; otherwise ask an administrator for a new link.'}
            </Alert>
            <ButtonLink href="/login" variant="secondary" className="mt-6">
              Go to sign in
            </ButtonLink>
          </>
        )}
      </div>
    </main>
  )
}
