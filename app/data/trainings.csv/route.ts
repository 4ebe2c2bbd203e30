import { listAllOpenDataTrainings } from '@/lib/data/open-data'
import { trainingCsvColumns } from '@/lib/open-data/csv-columns'
import { csvRoute } from '@/lib/open-data/http'

// Answered per request (links use the request's origin), from a cached read
// of lib/data; the response carries its own Cache-Control.

/** `GET /data/trainings.csv`: every published training as a CSV download. */
export const GET = csvRoute('trainings', listAllOpenDataTrainings, trainingCsvColumns)
