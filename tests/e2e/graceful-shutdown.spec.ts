import { createHash, randomBytes, randomUUID } from 'node:crypto'
import http from 'node:http'
import net from 'node:net'
import { expect, test } from './fixtures'
import { type SecondServer, startSecondServer } from './second-server'

/*
 * How `next start` stops (node_modules/next/dist/server/lib/start-server.js):
 * unless NEXT_MANUAL_SIG_HANDLE is set, SIGTERM and SIGINT run one cleanup.
 * It first calls the HTTP server's close(), which stops listening at once
 * (new connections are refused), closes idle keep-alive connections and waits
 * for the requests in flight to finish; then it closes the Next.js server
 * (pending `after()` work), flushes traces and exits with 143 for SIGTERM
 * (128 + the signal's number, as a process ended by that signal would; 130
 * for SIGINT). So it drains without any setting of ours; there is no
 * drain time-out either, which the process manager's stop time-out bounds.
 */

const port = Number(process.env.E2E_PORT ?? 3200) + 1
const origin = `http://127.0.0.1:${port}`

/** A PDF as the media library accepts it, large enough to stay in flight for a while when read slowly. */
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(24 * 1024 * 1024), Buffer.from('\n%%EOF\n')])
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/**
 * Downloads `path` slowly: each chunk is held for a moment before the next is
 * read, so the server has to wait for the client (TCP back-pressure) and the
 * response stays in flight. `onFirstBytes` runs once the body has started.
 */
function slowDownload(path: string, onFirstBytes: () => void) {
  const progress = { received: 0, done: false }
  const result = new Promise<{ status: number; body: Buffer; endedAt: number }>((resolve, reject) => {
    const request = http.get(`${origin}${path}`, { agent: false }, (response) => {
      const chunks: Buffer[] = []
      let started = false
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk)
        progress.received += chunk.length
        if (!started) {
          started = true
          onFirstBytes()
        }
        response.pause()
        setTimeout(() => response.resume(), 15)
      })
      response.on('end', () => {
        progress.done = true
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks),
          endedAt: Date.now(),
        })
      })
      response.on('error', reject)
    })
    request.on('error', reject)
  })
  return { progress, result }
}

/** Whether a new TCP connection to the second server is accepted. */
function connects(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

test.describe('graceful shutdown', () => {
  let second: SecondServer | null = null

  test.afterEach(() => second?.stop())

  test('on SIGTERM the server finishes the download in flight, refuses new connections and exits', async ({ page, login }) => {
    test.setTimeout(180_000)

    // A large PDF in the media library, uploaded through the main server.
    await login('editor')
    await page.goto('/admin/media/new')
    await page.getByLabel(/^File/).setInputFiles({ name: 'survey-scan.pdf', mimeType: 'application/pdf', buffer: pdf })
    await page.getByLabel('Title').fill(`Scanned survey report ${randomUUID().slice(0, 8)}`)
    await page.getByRole('button', { name: 'Upload' }).click()
    await expect(page.getByText('File uploaded.')).toBeVisible({ timeout: 60_000 })
    const path = await page.getByLabel('PDF document', { exact: true }).inputValue()
    expect(path).toMatch(/^\/media\/[A-Za-z0-9_-]{22}\/document\.pdf$/)

    second = await startSecondServer(port)
    const { child, exited, log } = second

    let signalledAt = 0
    let receivedAtExit = 0
    child.on('exit', () => (receivedAtExit = download.progress.received))
    const download = slowDownload(path, () => {
      signalledAt = Date.now()
      child.kill('SIGTERM')
    })

    // Shortly after the signal, with the download still going, nobody new gets in.
    await expect.poll(() => signalledAt, { timeout: 30_000 }).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(download.progress.done, 'the download ended before the check; make the file larger').toBe(false)
    expect(await connects()).toBe(false)

    // The download in flight completes, whole.
    // (Sent in chunks, without a Content-Length: the bytes themselves are compared.)
    const { status, body, endedAt } = await download.result
    expect(status).toBe(200)
    expect(body.length).toBe(pdf.length)
    expect(sha256(body)).toBe(sha256(pdf))

    // Then the process ends by itself, soon, having waited for the download:
    // by then the client has most of the file (the rest was in the network
    // buffers), and it was not killed by the signal but exited.
    const exit = await Promise.race([
      exited,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000)),
    ])
    expect(exit, `the server did not exit within 10 s of the download's end:\n${log()}`).not.toBeNull()
    expect(exit!.signal).toBeNull()
    expect(exit!.code).toBe(143)
    expect(receivedAtExit).toBeGreaterThan(pdf.length / 2)
    expect(exit!.at - endedAt).toBeLessThan(10_000)
  })
})
