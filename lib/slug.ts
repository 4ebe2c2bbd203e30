/**
 * Makes a URL slug from a title: lowercase ASCII words joined by hyphens.
 * Accents are folded ("Géologie" → "geologie") because editors paste titles
 * from partner documents; scripts without Latin letters yield '' and the
 * editor must then type a slug.
 */
export function slugify(input: string, maxLength = 80): string {
  const slug = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, '')
}
