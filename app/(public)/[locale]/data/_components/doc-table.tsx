import type { ReactNode } from 'react'

export type DocTableColumn = { header: string; className?: string }

/**
 * A documentation table with a caption and column headers, each row's first
 * cell as its row header. On narrow screens the table keeps its columns and
 * scrolls sideways inside a focusable region named by the caption.
 */
export function DocTable({
  id,
  caption,
  columns,
  rows,
}: {
  /** Unique on the page; the caption's id is derived from it. */
  id: string
  caption: string
  columns: DocTableColumn[]
  rows: { key: string; cells: ReactNode[] }[]
}) {
  const captionId = `${id}-caption`
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-line bg-surface shadow-sm"
    >
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption id={captionId} className="px-4 pt-4 pb-2 text-left text-sm font-semibold text-ink">
          {caption}
        </caption>
        <thead className="border-y border-line bg-canvas text-ink">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={`px-4 py-3 font-semibold ${column.className ?? ''}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="px-4 py-3 align-top font-medium whitespace-nowrap">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="px-4 py-3 align-top text-ink-muted">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
