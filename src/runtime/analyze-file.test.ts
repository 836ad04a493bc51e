import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { analyzeFile } from './analyze-file.ts'

test('a CSV with a stray quote: every row before it is analysed, then one error line names its record', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-analyze-'))
  const input = join(dir, 'in.csv')
  const rows = ['id,text', '1,"Panne chez Télécomète,\nencore"']
  for (let i = 2; i <= 1200; i++) rows.push(`${i},Merci pour votre aide ${i}`)
  rows.push('1201,"fermé"puis du texte', '1202,jamais lu')
  writeFileSync(input, `${rows.join('\n')}\n`)
  const output = join(dir, 'out.jsonl')
  const result = await analyzeFile({ input, output, textField: 'text', lang: 'auto' })
  const lines = readFileSync(output, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
  assert.equal(lines.length, 1201)
  assert.equal(lines[0]?.lang, 'fr')
  assert.match(String(lines[1200]?.error), /^line 1203: a closing quote .*the rest of the file was not read$/)
  assert.deepEqual(
    result.errors.map((e) => e.line),
    [1203],
  )
})

test('a CSV without the text column says so on every row', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-analyze-'))
  const input = join(dir, 'in.csv')
  writeFileSync(input, 'id,body\n1,hello\n2,"two\nlines"\n3,bye\n')
  const output = join(dir, 'out.jsonl')
  const result = await analyzeFile({ input, output, textField: 'text', lang: 'auto' })
  assert.deepEqual(
    result.errors.map((e) => e.line),
    [2, 3, 5],
  )
  assert.match(result.errors[0]?.error ?? '', /no column "text" \(use --text-field\)/)
})
