import { listAllOpenDataProjects } from '@/lib/data/open-data'
import { projectCsvColumns } from '@/lib/open-data/csv-columns'
import { csvRoute } from '@/lib/open-data/http'

// Read per request from the database; the response carries its own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /data/projects.csv`: every published project as a CSV download. */
export const GET = csvRoute('projects', listAllOpenDataProjects, projectCsvColumns)
