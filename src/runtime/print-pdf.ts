import { execFile } from 'node:child_process'
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { AppError } from '../core/index.ts'

/**
 * Prints an HTML page to PDF with a headless Chromium (the one the browser tests use: Debian's
 * `/usr/bin/chromium` by default, `reports.chromium` / `VIGIE_CHROMIUM` otherwise), in a
 * throw-away profile. Without a Chromium it says how to get one; the HTML report works without it.
 */
export const printPdf = async (
  html: string,
  options: { chromium: string; timeoutMs?: number },
): Promise<Buffer> => {
  try {
    await access(options.chromium, constants.X_OK)
  } catch {
    throw new AppError(
      'unavailable',
      `printing a PDF needs Chromium, not found at ${options.chromium}: install it (apt install chromium) or set VIGIE_CHROMIUM; the HTML report works without it`,
    )
  }
  const dir = await mkdtemp(join(tmpdir(), 'vigie-report-'))
  try {
    const page = join(dir, 'report.html')
    const pdf = join(dir, 'report.pdf')
    await writeFile(page, html)
    await new Promise<void>((resolve, reject) => {
      execFile(
        options.chromium,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          `--user-data-dir=${join(dir, 'profile')}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${pdf}`,
          pathToFileURL(page).toString(),
        ],
        { timeout: options.timeoutMs ?? 60_000 },
        (error, _stdout, stderr) =>
          error
            ? reject(
                new AppError(
                  'unavailable',
                  `Chromium could not print the report: ${String(stderr).trim().split('\n').at(-1) ?? error.message}`,
                ),
              )
            : resolve(),
      )
    })
    const bytes = await readFile(pdf).catch(() => {
      throw new AppError('unavailable', 'Chromium ended without writing the PDF')
    })
    return bytes
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
