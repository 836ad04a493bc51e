import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { tmp, vigie } from '../test/run-vigie.ts'
import { shellCommands } from '../test/shell-commands.ts'

test('check-post exits 10 with one line per flag for a risky draft, and 0 for a safe one', () => {
  const risky = vigie(['check-post', 'Appelez Julie au 06 12 34 56 78, quel c0nnard'])
  assert.equal(risky.status, 10, risky.stderr)
  assert.match(risky.stdout, /^high {3}personal_data \[personal-data\] 17-31 «06 12 34 56 78»$/m)
  assert.match(risky.stdout, /^high {3}insult \[respect\] 38-45 «c0nnard»$/m)
  const safe = vigie(['check-post', '--format', 'json', 'New collection in our shops on Thursday.'])
  assert.equal(safe.status, 0, safe.stderr)
  assert.deepEqual(JSON.parse(safe.stdout), { flags: [] })
})

test('check-post reads a draft from a file, and refuses both or neither of TEXT and --file', () => {
  const dir = tmp()
  const file = join(dir, 'draft.txt')
  writeFileSync(file, 'INTERNAL ONLY: our Q3 numbers, do not share')
  const r = vigie(['check-post', '--file', file, '--format', 'json'])
  assert.equal(r.status, 10, r.stderr)
  assert.deepEqual(
    [...new Set(JSON.parse(r.stdout).flags.map((f: { kind: string }) => f.kind))],
    ['confidential'],
  )
  assert.equal(vigie(['check-post']).status, 2)
  assert.equal(vigie(['check-post', 'bonjour', '--file', file]).status, 2)
})

test('check-post with a workspace reads its charter from the data folder; an unknown one exits 3', () => {
  const dir = tmp()
  const created = vigie(['--data', dir, 'workspaces', 'create', '--name', 'Acme', '--id', 'acme'])
  assert.equal(created.status, 0, created.stderr)
  const r = vigie(['--data', dir, 'check-post', '--workspace', 'acme', 'Bonne semaine à toutes et à tous !'])
  assert.equal(r.status, 0, r.stderr)
  assert.equal(r.stdout, 'ok : aucun problème trouvé\n')
  assert.equal(vigie(['--data', dir, 'check-post', '--workspace', 'nowhere', 'Bonjour']).status, 3)
})

test('the README’s check-post examples print what the README shows, with the exit codes it gives', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('## Before you post'))
  const safe = shellCommands(section).find((c) => c.words[2] === 'check-post')
  assert.ok(safe, 'the safe example is in a sh block')
  const ok = vigie(safe.words.slice(2))
  assert.equal(ok.status, 0, ok.stderr)
  assert.equal(ok.stdout, 'ok : aucun problème trouvé\n')
  const block = /```console\n\$ (.+)\n([\s\S]*?)```/.exec(section)
  assert.ok(block, 'the flagged example is in a console block')
  const [command] = shellCommands(`\`\`\`sh\n${block[1]}\n\`\`\``)
  const flagged = vigie(command!.words.slice(2))
  assert.equal(flagged.status, 10, flagged.stderr)
  assert.equal(flagged.stdout, block[2])
})
