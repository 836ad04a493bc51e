import { statSync } from 'node:fs'
import cliProgress from 'cli-progress'

/**
 * Progress of a long file job: a bar on a terminal, a line every few seconds otherwise (logs, CI).
 * Works in bytes so it needs no first pass over the file.
 */
export const createFileProgress = (path: string, label: string) => {
  const total = statSync(path).size
  const tty = process.stderr.isTTY
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          format: `${label} [{bar}] {percentage}% | {rows} rows | {eta_formatted} left`,
          stream: process.stderr,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined
  bar?.start(total, 0, { rows: 0 })
  let lastLine = Date.now()
  let stopped = false
  return {
    update(bytes: number, rows: number) {
      if (bar) bar.update(Math.min(bytes, total), { rows })
      else if (Date.now() - lastLine > 5000) {
        lastLine = Date.now()
        process.stderr.write(`${label}: ${rows} rows, ${Math.round((100 * bytes) / Math.max(total, 1))}%\n`)
      }
    },
    stop() {
      if (stopped) return
      stopped = true
      bar?.update(total)
      bar?.stop()
    },
  }
}
