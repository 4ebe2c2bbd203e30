/**
 * The line above a public list: "12 projects", "1 partner matches these
 * filters", "31 partners, page 2 of 4".
 */
export function describeCount({
  total,
  noun,
  filtered = false,
  page = 1,
  totalPages = 1,
}: {
  total: number
  noun: readonly [singular: string, plural: string]
  filtered?: boolean
  page?: number
  totalPages?: number
}): string {
  const count = total === 1 ? `1 ${noun[0]}` : `${total} ${noun[1]}`
  const matches = filtered ? (total === 1 ? ' matches these filters' : ' match these filters') : ''
  const paging = totalPages > 1 ? `, page ${page} of ${totalPages}` : ''
  return `${count}${matches}${paging}`
}
