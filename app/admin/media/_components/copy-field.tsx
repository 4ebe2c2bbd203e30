'use client'

import { useEffect, useState } from 'react'
import { Button } from '@/components/ui/button'
import { FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'

/**
 * A read-only address with a Copy button. The text can always be selected
 * and copied by hand; the button is a shortcut where the clipboard is
 * available, and its result is announced.
 */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (status === 'idle') return
    const timer = setTimeout(() => setStatus('idle'), 4000)
    return () => clearTimeout(timer)
  }, [status])

  async function copy() {
    try {
      await navigator.clipboard.writeText(value)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }

  return (
    <div className="space-y-1.5">
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <div className="flex gap-2">
        <Input id={id} readOnly value={value} spellCheck={false} onFocus={(event) => event.currentTarget.select()} className="font-mono text-sm" />
        <Button variant="secondary" onClick={copy} className="h-11">
          Copy<span className="sr-only"> {label.toLowerCase()}</span>
        </Button>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-ink-muted">
        {status === 'copied' ? 'Copied.' : status === 'failed' ? 'Could not copy: select the address and copy it by hand.' : ''}
      </p>
    </div>
  )
}
