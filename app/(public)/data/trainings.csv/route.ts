import { listAllOpenDataTrainings } from '@/lib/data/open-data'
import { trainingCsvColumns } from '@/lib/open-data/csv-columns'
import { csvRoute } from '@/lib/open-data/http'

// Read per request from the database; the response carries its own Cache-Control.
export const dynamic = 'force-dynamic'

/** `GET /data/trainings.csv`: every published training as a CSV download. */
export const GET = csvRoute('trainings', listAllOpenDataTrainings, trainingCsvColumns)
