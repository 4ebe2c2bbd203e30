import type { HighlightPart } from '@/lib/data/search'

/**
 * Text with the words that matched a search marked up. The parts are plain
 * strings rendered as React text, so content can never inject markup.
 */
export function HighlightedText({ parts }: { parts: HighlightPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.highlighted ? (
          <mark key={index} className="rounded-sm bg-accent-100 px-0.5 font-semibold text-ink">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  )
}
