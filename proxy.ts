import NextAuth from 'next-auth'
import { authConfig } from '@/auth.config'

// Optimistic redirect of signed-out visitors away from /admin. It is not the
// security boundary: pages, actions and the data layer check the user again.
export default NextAuth(authConfig).auth

export const config = { matcher: ['/admin/:path*'] }
