import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { z } from 'zod'
import { authConfig } from '@/auth.config'
import { LoginThrottledError, authenticate } from '@/lib/auth/authenticate'
import { sessionWiring } from '@/lib/auth/session-token'

const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
})

/**
 * Refused because of too many failed attempts. The code reaches the login
 * form, which says so; it reveals nothing about the account, because an
 * unknown address is throttled exactly like a real one.
 */
export class ThrottledSignin extends CredentialsSignin {
  code = 'throttled'
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw) {
        const parsed = CredentialsSchema.safeParse(raw)
        if (!parsed.success) throw new CredentialsSignin()
        try {
          const user = await authenticate(parsed.data.email, parsed.data.password)
          if (!user) throw new CredentialsSignin()
          return { id: user.id, email: user.email, name: user.name }
        } catch (error) {
          if (error instanceof LoginThrottledError) throw new ThrottledSignin()
          throw error
        }
      },
    }),
  ],
  // The cookie holds a server-side session token; see lib/auth/session-token.ts.
  ...sessionWiring,
})
