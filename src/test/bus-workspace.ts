import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { TestContext } from 'node:test'
import { waitFor } from './distributed-setup.ts'
import { startVigie, tmp, vigie } from './run-vigie.ts'

/** A TCP port nothing listens on right now (tests only). */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

/**
 * A workspace `acme` querying "acmecom" in the store `env` points to, with an analyst (lea@acme.example) and
 * her API token, for tests that run `vigie serve` and workers as separate processes (analysis in-thread).
 * `start` runs a long-lived vigie process with that configuration and waits until its output says `ready`;
 * every process started is killed when the test ends.
 */
export const acmeWorkspace = (t: TestContext, env: Record<string, string>) => {
  const dir = tmp()
  const config = join(dir, 'vigie.config.json')
  writeFileSync(config, JSON.stringify({ analysis: { workers: 0 } }))
  const empty = join(dir, 'empty.jsonl')
  writeFileSync(empty, '')
  const run = (args: string[]) => {
    const r = vigie(['--config', config, ...args], { env })
    assert.equal(r.status, 0, r.stderr)
    return r.stdout
  }
  run(['ingest', '--workspace', 'acme', '--input', empty, '--brand', 'Acmecom', '--query', 'acmecom'])
  run(['users', 'create', '--email', 'lea@acme.example', '--role', 'analyst', '--workspace', 'acme'])
  const token = run(['tokens', 'create', '--email', 'lea@acme.example']).trim()
  const started: ReturnType<typeof startVigie>[] = []
  t.after(() => {
    for (const p of started) p.child.kill('SIGKILL')
  })
  const start = async (args: string[], ready: string, over: Record<string, string> = env) => {
    const p = startVigie(['--config', config, ...args], { env: over })
    started.push(p)
    await waitFor(ready, async () => {
      assert.equal(p.child.exitCode, null, p.output())
      return p.output().includes(ready)
    })
    return p
  }
  return { config, token, start }
}
