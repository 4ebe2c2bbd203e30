import { listAllOpenDataMous } from '@/lib/data/open-data'
import { mouCsvColumns } from '@/lib/open-data/csv-columns'
import { csvRoute } from '@/lib/open-data/http'

// Answered per request (links use the request's origin), from a cached read
// of lib/data; the response carries its own Cache-Control.

/** `GET /data/mous.csv`: every published MOU as a CSV download. */
export const GET = csvRoute('mous', listAllOpenDataMous, mouCsvColumns)
