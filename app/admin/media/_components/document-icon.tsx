import { cn } from '@/lib/utils'

/** A page with a folded corner and "PDF" on it; decorative, so callers give the text. */
export function DocumentIcon({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 48 48" fill="none" className={cn('text-primary-700', className)}>
      <path d="M12 4h17l9 9v29a2 2 0 0 1-2 2H12a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Z" fill="white" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M29 4v9h9" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <rect x="6" y="24" width="26" height="12" rx="2" fill="currentColor" />
      <text x="19" y="33.5" textAnchor="middle" fontSize="9" fontWeight="700" fill="white" fontFamily="sans-serif">
        PDF
      </text>
    </svg>
  )
}
