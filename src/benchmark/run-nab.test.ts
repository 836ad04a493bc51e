import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { detectNabSeries } from './detect-nab-series.ts'
import { parseNabData, parseNabResults } from './nab-csv.ts'
import { runNab } from './run-nab.ts'

// The first 600 rows of NAB's Twitter_volume_AAPL.csv (see fixtures/README.md).
const dataDir = fileURLToPath(new URL('fixtures/nab-data', import.meta.url))
const dataFile = join(dataDir, 'realTweets/Twitter_volume_AAPL.csv')

test('the harness writes one results file per data file, same path, same rows, scores in 0..1', async () => {
  const outputDir = await mkdtemp(join(tmpdir(), 'vigie-nab-'))
  try {
    const written = await runNab({ dataDir, outputDir })
    assert.deepEqual(written, [{ file: 'realTweets/Twitter_volume_AAPL.csv', rows: 600 }])
    const data = parseNabData(await readFile(dataFile, 'utf8'), 'data')
    const text = await readFile(join(outputDir, 'realTweets/Twitter_volume_AAPL.csv'), 'utf8')
    assert.ok(text.startsWith('timestamp,value,anomaly_score\n'))
    const results = parseNabResults(text, 'results')
    assert.deepEqual(
      results.map(({ timestamp, value }) => ({ timestamp, value })),
      data.map(({ timestamp, value }) => ({ timestamp, value })),
    )
    assert.ok(results.every((row) => row.anomalyScore >= 0 && row.anomalyScore <= 1))
  } finally {
    await rm(outputDir, { recursive: true, force: true })
  }
})

test('scores are causal: a row scores the same whether or not later rows exist', async () => {
  const data = parseNabData(await readFile(dataFile, 'utf8'), 'data')
  const full = detectNabSeries(data).map((row) => row.anomalyScore)
  const truncated = detectNabSeries(data.slice(0, 400)).map((row) => row.anomalyScore)
  assert.deepEqual(truncated, full.slice(0, 400))
})

test('a future spike does not change the scores before it', async () => {
  const data = parseNabData(await readFile(dataFile, 'utf8'), 'data')
  const spiked = data.map((row, i) => (i === 500 ? { ...row, value: row.value * 50 } : row))
  const before = detectNabSeries(data).map((row) => row.anomalyScore)
  const after = detectNabSeries(spiked).map((row) => row.anomalyScore)
  assert.deepEqual(after.slice(0, 500), before.slice(0, 500))
  assert.ok(after[500]! > before[500]!)
})

test('a folder without data files is refused', async () => {
  const empty = await mkdtemp(join(tmpdir(), 'vigie-nab-empty-'))
  try {
    await assert.rejects(runNab({ dataDir: empty, outputDir: empty }), /no CSV data file found/)
  } finally {
    await rm(empty, { recursive: true, force: true })
  }
})
