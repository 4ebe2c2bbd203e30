import { listAllOpenDataProjects } from '@/lib/data/open-data'
import { projectCsvColumns } from '@/lib/open-data/csv-columns'
import { csvRoute } from '@/lib/open-data/http'

// Answered per request (links use the request's origin), from a cached read
// of lib/data; the response carries its own Cache-Control.

/** `GET /data/projects.csv`: every published project as a CSV download. */
export const GET = csvRoute('projects', listAllOpenDataProjects, projectCsvColumns)
