/**
 * Reads one file of a repository snapshot brought by the search tool's `fetch` (a git directory under
 * `<mirrors>/<owner>+<name>/repo`), at the pinned commit, as bytes. No network: git reads the local copy.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export interface Snapshot {
  repo: string
  commit: string
  licence: string
}

export const gitDir = (mirrors: string, repo: string): string => {
  const dir = join(mirrors, repo.replace('/', '+'), 'repo')
  if (existsSync(join(dir, '.git'))) return join(dir, '.git')
  if (!existsSync(dir))
    throw new Error(`no snapshot of ${repo} under ${mirrors} (fetch github:${repo} first)`)
  return dir
}

export const readSnapshot = (mirrors: string, s: Snapshot, path: string): Buffer =>
  execFileSync('git', ['--git-dir', gitDir(mirrors, s.repo), 'show', `${s.commit}:${path}`], {
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  })

/** UTF-8 when the bytes are valid UTF-8, Latin-1 otherwise (Financial PhraseBank is ISO-8859-1). */
export const decodeText = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('latin1').decode(bytes)
  }
}

/** The paths of the files directly under `dir` at the pinned commit, sorted (git's own order). */
export const listSnapshot = (mirrors: string, s: Snapshot, dir: string): string[] =>
  execFileSync('git', ['--git-dir', gitDir(mirrors, s.repo), 'ls-tree', '--name-only', s.commit, `${dir}/`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
    .split('\n')
    .filter((p) => p !== '')
