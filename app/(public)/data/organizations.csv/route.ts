import { listAllOpenDataOrganizations } from '@/lib/data/open-data'
import { organizationCsvColumns } from '@/lib/open-data/csv-columns'
import { csvRoute } from '@/lib/open-data/http'

// Read per request from the database; the response carries its own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /data/organizations.csv`: every published organization as a CSV download. */
export const GET = csvRoute('organizations', listAllOpenDataOrganizations, organizationCsvColumns)
