import { serializeJsonLd, type JsonLdObject } from '@/lib/json-ld'

/**
 * Writes schema.org structured data into the page. The JSON is escaped by
 * `serializeJsonLd`, so text from the database can never close the script
 * element, and a `type` of application/ld+json means browsers never run it.
 */
export function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
