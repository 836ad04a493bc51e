import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { parseMention } from '../core/index.ts'
import { writeScenario } from './write-scenario.ts'

test('a scenario is written as JSONL mentions and a truth file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-sim-'))
  const out = join(dir, 'demo.jsonl')
  const truthPath = join(dir, 'truth.json')
  const result = await writeScenario({ out, truth: truthPath, seed: 9, scenario: 'demo', days: 8 })
  const lines = readFileSync(out, 'utf8').trimEnd().split('\n')
  assert.equal(lines.length, result.mentions)
  for (const line of lines) parseMention(JSON.parse(line))
  const truth = JSON.parse(readFileSync(truthPath, 'utf8'))
  assert.equal(truth.scenario, 'demo')
  assert.equal(truth.seed, '9')
  assert.equal(truth.events[0].kind, 'crisis')
  assert.match(truth.queries[0].query, /@telecomete/)
})
