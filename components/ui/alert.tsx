import type { ReactNode } from 'react'
import { cn } from '@/lib/utils'

export type AlertTone = 'info' | 'success' | 'error'

const tones: Record<AlertTone, { box: string; icon: string; path: string }> = {
  info: {
    box: 'border-blue-300 bg-blue-50 text-blue-900',
    icon: 'text-blue-700',
    path: 'M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-7-4a1 1 0 1 1-2 0 1 1 0 0 1 2 0ZM9 9a.75.75 0 0 0 0 1.5h.253a.25.25 0 0 1 .244.304l-.459 2.066A1.75 1.75 0 0 0 10.747 15H11a.75.75 0 0 0 0-1.5h-.253a.25.25 0 0 1-.244-.304l.459-2.066A1.75 1.75 0 0 0 9.253 9H9Z',
  },
  success: {
    box: 'border-green-300 bg-green-50 text-green-900',
    icon: 'text-green-700',
    path: 'M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.857-9.809a.75.75 0 0 0-1.214-.882l-3.483 4.79-1.88-1.88a.75.75 0 1 0-1.06 1.061l2.5 2.5a.75.75 0 0 0 1.137-.089l4-5.5Z',
  },
  error: {
    box: 'border-red-300 bg-red-50 text-red-900',
    icon: 'text-red-700',
    path: 'M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z',
  },
}

export type AlertProps = {
  tone?: AlertTone
  title?: ReactNode
  children?: ReactNode
  /**
   * Errors use `role="alert"`, other tones `role="status"`. Pass `false` when
   * the alert is placed inside a live region that already announces it.
   */
  announce?: boolean
  className?: string
}

/** A banner for a message about the page or a form: info, success or error. */
export function Alert({ tone = 'info', title, children, announce = true, className }: AlertProps) {
  const style = tones[tone]
  const role = announce ? (tone === 'error' ? 'alert' : 'status') : undefined

  return (
    <div role={role} className={cn('flex gap-3 rounded-lg border p-4 text-sm', style.box, className)}>
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={cn('size-5 shrink-0', style.icon)}>
        <path fillRule="evenodd" d={style.path} clipRule="evenodd" />
      </svg>
      <div className="min-w-0 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="leading-relaxed">{children}</div> : null}
      </div>
    </div>
  )
}
