import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getCurrentUser } from '@/lib/auth/guards'
import { safeRedirectPath } from '@/lib/auth/redirect'
import { LoginForm } from './login-form'

export const metadata: Metadata = { title: 'Staff sign in' }

// The page reads the session and the query before anything else, so it is
// rendered for each request and is allowed to block: there is no content to
// show before it is known who asks.
export const instant = false

export default async function LoginPage(props: PageProps<'/login'>) {
  const { callbackUrl } = await props.searchParams
  const target = safeRedirectPath(callbackUrl)
  if (await getCurrentUser()) redirect(target)

  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-stone-100 px-4 py-12">
      <div className="w-full max-w-md rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-primary-700">
          <Link href="/" className="hover:underline">GeoCoop</Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold text-ink">Staff sign in</h1>
        <p className="mt-2 text-ink-muted">For editors of the international cooperation office.</p>
        <LoginForm callbackUrl={target} />
      </div>
    </main>
  )
}
