'use client'

import { useId, useRef, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import type { ShownInvitation } from '../actions'
import { formatUtc } from './utc-time'

const mailNotes: Record<ShownInvitation['mail'], { tone: 'success' | 'info' | 'error'; text: string }> = {
  sent: { tone: 'success', text: 'The link has also been sent by e-mail.' },
  'not-configured': {
    tone: 'info',
    text: 'No e-mail was sent because this site has no mail server configured. Send the link yourself.',
  },
  failed: { tone: 'error', text: 'The e-mail could not be sent. Send the link yourself.' },
}

/**
 * The invitation link in a read-only field that selects itself on focus,
 * with a copy button. The link is shown only this once: only its hash is
 * stored, so it cannot be displayed again later.
 */
export function InvitationLink({ invitation }: { invitation: ShownInvitation }) {
  const inputId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  const note = mailNotes[invitation.mail]

  async function copy() {
    try {
      await navigator.clipboard.writeText(invitation.url)
      setCopied('copied')
    } catch {
      // Clipboard access can be refused (e.g. over plain http); select the text instead.
      inputRef.current?.select()
      setCopied('failed')
    }
  }

  return (
    <div className="space-y-4 rounded-lg border border-line bg-surface p-5">
      <Alert tone={note.tone} announce={false}>
        {note.text}
      </Alert>
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-semibold text-ink">
          Invitation link for {invitation.email}
        </label>
        <p id={`${inputId}-description`} className="text-sm text-ink-muted">
          It works once and expires on {formatUtc(new Date(invitation.expiresAt))}. Copy it now: it is not shown again.
        </p>
        <div className="flex flex-col gap-2 sm:flex-row">
          <Input
            ref={inputRef}
            id={inputId}
            readOnly
            value={invitation.url}
            aria-describedby={`${inputId}-description`}
            onFocus={(event) => event.currentTarget.select()}
            className="font-mono text-sm"
            spellCheck={false}
          />
          <Button variant="secondary" onClick={copy}>
            Copy link
          </Button>
        </div>
        <p aria-live="polite" className="text-sm text-ink-muted">
          {copied === 'copied' ? 'Link copied to the clipboard.' : null}
          {copied === 'failed' ? 'Copying is not available here: the link is selected, press Ctrl+C or ⌘C.' : null}
        </p>
      </div>
    </div>
  )
}
