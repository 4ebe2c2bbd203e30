import 'server-only'
import nodemailer, { type Transporter } from 'nodemailer'
import { env } from '@/lib/env'

export type Mail = { to: string; subject: string; text: string }
export type Mailer = (mail: Mail) => Promise<void>

/** A mailer sending through `smtpUrl`; null when no SMTP server is configured. */
export function createMailer(smtpUrl: string | undefined = env.SMTP_URL, from = env.MAIL_FROM): Mailer | null {
  if (!smtpUrl) return null
  const transport: Transporter = nodemailer.createTransport(smtpUrl)
  return async (mail) => {
    await transport.sendMail({ from, ...mail })
  }
}
