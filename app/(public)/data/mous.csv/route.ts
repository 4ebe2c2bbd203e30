import { listAllOpenDataMous } from '@/lib/data/open-data'
import { mouCsvColumns } from '@/lib/open-data/csv-columns'
import { csvRoute } from '@/lib/open-data/http'

// Read per request from the database; the response carries its own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /data/mous.csv`: every published MOU as a CSV download. */
export const GET = csvRoute('mous', listAllOpenDataMous, mouCsvColumns)
