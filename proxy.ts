import NextAuth from 'next-auth'
import { authConfig } from '@/auth.config'

// Optimistic redirect of signed-out visitors away from /admin pages. It is
// not the security boundary: pages, actions and the data layer check the
// user again.
export default NextAuth(authConfig).auth

export const config = {
  matcher: [
    {
      source: '/admin/:path*',
      // Server action posts are left alone: the auth wrapper re-issues the
      // session cookie on every response it handles, which would undo the
      // cookie deletion of the sign-out action. Actions check the user themselves.
      missing: [{ type: 'header', key: 'next-action' }],
    },
  ],
}
