/**
 * Just enough of the POSIX ustar format for backup archives: regular files
 * and directories, streamed in fixed-size chunks so a dump of many gigabytes
 * never has to fit in memory. Archives open with any tar tool
 * (`tar -tvf geocoop-backup-….tar`).
 *
 * The reader accepts only what the writer produces. Links, devices and
 * names that climb out of the target directory are refused, so extracting an
 * archive can never write outside the directory it is given.
 */
import { createHash } from 'node:crypto'
import { type FileHandle, open } from 'node:fs/promises'
import type { EntryDigest } from './shared'
import { BackupError, isSafeRelativePath } from './shared'

const BLOCK = 512
const CHUNK = 1024 * 1024
// Sizes above 8 GiB - 1 do not fit 11 octal digits; GNU tar's base-256 form takes over.
const MAX_OCTAL_SIZE = 0o77777777777

function writeString(header: Buffer, offset: number, length: number, value: string) {
  const bytes = Buffer.from(value, 'utf8')
  if (bytes.length > length) throw new BackupError(`Name too long for the archive: ${value}`)
  bytes.copy(header, offset)
}

function writeOctal(header: Buffer, offset: number, length: number, value: number) {
  header.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii')
}

function writeSize(header: Buffer, value: number) {
  if (value <= MAX_OCTAL_SIZE) return writeOctal(header, 124, 12, value)
  header[124] = 0x80
  header.writeBigUInt64BE(BigInt(value), 124 + 4)
}

/** Splits a long name into ustar's prefix (155 bytes) and name (100 bytes) at a slash. */
function splitName(name: string): { prefix: string; name: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', name }
  for (let i = name.lastIndexOf('/'); i > 0; i = name.lastIndexOf('/', i - 1)) {
    const prefix = name.slice(0, i)
    const rest = name.slice(i + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { prefix, name: rest }
  }
  throw new BackupError(`Path too long for the archive (at most 255 bytes): ${name}`)
}

export function buildHeader(entry: { name: string; type: 'file' | 'directory'; size: number; mtime: Date }): Buffer {
  const header = Buffer.alloc(BLOCK)
  const { prefix, name } = splitName(entry.name)
  writeString(header, 0, 100, name)
  writeOctal(header, 100, 8, entry.type === 'directory' ? 0o755 : 0o644)
  writeOctal(header, 108, 8, 0)
  writeOctal(header, 116, 8, 0)
  writeSize(header, entry.type === 'directory' ? 0 : entry.size)
  writeOctal(header, 136, 12, Math.max(0, Math.floor(entry.mtime.getTime() / 1000)))
  header.write(entry.type === 'directory' ? '5' : '0', 156, 1, 'ascii')
  header.write('ustar\0', 257, 6, 'ascii')
  header.write('00', 263, 2, 'ascii')
  writeString(header, 345, 155, prefix)
  // The checksum is computed with its own field read as eight spaces.
  header.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of header) sum += byte
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii')
  return header
}

/** Writes an archive to an open file, entry by entry. */
export class TarWriter {
  private position = 0

  constructor(private readonly out: FileHandle) {}

  private async write(data: Uint8Array) {
    let done = 0
    while (done < data.length) {
      const { bytesWritten } = await this.out.write(data, done, data.length - done, this.position)
      done += bytesWritten
      this.position += bytesWritten
    }
  }

  async directory(name: string, mtime: Date) {
    await this.write(buildHeader({ name: name.endsWith('/') ? name : `${name}/`, type: 'directory', size: 0, mtime }))
  }

  /**
   * Copies a file into the archive and returns its size and SHA-256. The size
   * goes into the header first, so a file that changes length while it is
   * read makes the backup fail instead of storing something inconsistent.
   */
  async file(name: string, source: string): Promise<EntryDigest> {
    const input = await open(source, 'r')
    try {
      const stats = await input.stat()
      await this.write(buildHeader({ name, type: 'file', size: stats.size, mtime: stats.mtime }))
      const hash = createHash('sha256')
      const buffer = Buffer.alloc(CHUNK)
      let copied = 0
      while (copied < stats.size) {
        const { bytesRead } = await input.read(buffer, 0, Math.min(CHUNK, stats.size - copied), copied)
        if (bytesRead === 0) break
        const chunk = buffer.subarray(0, bytesRead)
        hash.update(chunk)
        await this.write(chunk)
        copied += bytesRead
      }
      const extra = await input.read(Buffer.alloc(1), 0, 1, copied)
      if (copied !== stats.size || extra.bytesRead !== 0)
        throw new BackupError(`${source} changed while it was being backed up; run the backup again.`)
      await this.pad(stats.size)
      return { size: stats.size, sha256: hash.digest('hex') }
    } finally {
      await input.close()
    }
  }

  async bytes(name: string, data: Uint8Array, mtime: Date): Promise<void> {
    await this.write(buildHeader({ name, type: 'file', size: data.length, mtime }))
    await this.write(data)
    await this.pad(data.length)
  }

  private async pad(size: number) {
    const remainder = size % BLOCK
    if (remainder) await this.write(Buffer.alloc(BLOCK - remainder))
  }

  /** The end-of-archive marker: two empty blocks. */
  async finish() {
    await this.write(Buffer.alloc(BLOCK * 2))
  }
}

function readString(header: Buffer, offset: number, length: number): string {
  const field = header.subarray(offset, offset + length)
  const end = field.indexOf(0)
  return field.subarray(0, end === -1 ? length : end).toString('utf8')
}

function readNumber(header: Buffer, offset: number, length: number): number {
  const first = header[offset] ?? 0
  if (first & 0x80) {
    const value = header.readBigUInt64BE(offset + length - 8)
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new BackupError('The archive is damaged: an entry is impossibly large.')
    return Number(value)
  }
  const text = readString(header, offset, length).trim()
  if (!/^[0-7]*$/.test(text)) throw new BackupError('The archive is damaged: a header holds an invalid number.')
  return text === '' ? 0 : parseInt(text, 8)
}

function checksumOk(header: Buffer): boolean {
  const stored = readNumber(header, 148, 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0)
  return sum === stored
}

export type TarEntry = { name: string; type: 'file' | 'directory'; size: number; mtime: Date }

/** Where one entry's content goes: each chunk in order, then `end`. */
export type TarSink = { write: (chunk: Buffer) => Promise<void>; end: () => Promise<void> }

/**
 * Reads an archive from start to end. For each entry, `onEntry` returns where
 * its content should go, or null to only hash it; the digest of every file is
 * returned by name.
 */
export async function readTar(
  archive: string,
  onEntry: (entry: TarEntry) => Promise<TarSink | null>,
): Promise<Map<string, EntryDigest>> {
  let input: FileHandle
  try {
    input = await open(archive, 'r')
  } catch (error) {
    throw new BackupError(`Cannot read ${archive}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  const digests = new Map<string, EntryDigest>()
  const seen = new Set<string>()
  const header = Buffer.alloc(BLOCK)
  const buffer = Buffer.alloc(CHUNK)
  let position = 0
  const damaged = (why: string) => new BackupError(`The archive is damaged or not a GeoCoop backup: ${why}.`)
  try {
    for (;;) {
      const { bytesRead } = await input.read(header, 0, BLOCK, position)
      if (bytesRead < BLOCK) throw damaged('it ends without the end-of-archive marker (was it copied completely?)')
      position += BLOCK
      if (header.every((byte) => byte === 0)) break
      if (!checksumOk(header)) throw damaged(`the header at byte ${position - BLOCK} has a wrong checksum`)
      const typeflag = String.fromCharCode(header[156] ?? 0)
      const prefix = readString(header, 345, 155)
      const rawName = readString(header, 0, 100)
      const fullName = prefix ? `${prefix}/${rawName}` : rawName
      const type = typeflag === '5' ? 'directory' : typeflag === '0' || typeflag === '\0' ? 'file' : null
      if (!type) throw damaged(`${fullName} is a kind of entry backups never contain (type ${JSON.stringify(typeflag)})`)
      const name = type === 'directory' ? fullName.replace(/\/$/, '') : fullName
      if (!isSafeRelativePath(name)) throw damaged(`the entry name ${JSON.stringify(fullName)} is not allowed`)
      if (seen.has(name)) throw damaged(`${name} appears twice`)
      seen.add(name)
      const size = type === 'directory' ? 0 : readNumber(header, 124, 12)
      const mtime = new Date(readNumber(header, 136, 12) * 1000)
      const sink = await onEntry({ name, type, size, mtime })
      if (type === 'directory') {
        await sink?.end()
        continue
      }
      const hash = createHash('sha256')
      let remaining = size
      try {
        while (remaining > 0) {
          const { bytesRead: n } = await input.read(buffer, 0, Math.min(CHUNK, remaining), position)
          if (n === 0) throw damaged(`${name} is cut short`)
          const chunk = buffer.subarray(0, n)
          hash.update(chunk)
          if (sink) await sink.write(chunk)
          position += n
          remaining -= n
        }
      } finally {
        // Closes the output file on failure too.
        await sink?.end()
      }
      position += (BLOCK - (size % BLOCK)) % BLOCK
      digests.set(name, { size, sha256: hash.digest('hex') })
    }
  } finally {
    await input.close()
  }
  return digests
}
