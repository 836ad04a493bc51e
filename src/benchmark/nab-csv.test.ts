import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formatNabResults, parseNabData, parseNabResults } from './nab-csv.ts'

test('a NAB data file is read as timestamps in UTC milliseconds and counts', () => {
  const rows = parseNabData('timestamp,value\n2015-02-26 21:42:53,104\n2015-02-26 21:47:53,100\n', 'a.csv')
  assert.deepEqual(rows, [
    { timestamp: '2015-02-26 21:42:53', at: Date.UTC(2015, 1, 26, 21, 42, 53), value: 104 },
    { timestamp: '2015-02-26 21:47:53', at: Date.UTC(2015, 1, 26, 21, 47, 53), value: 100 },
  ])
})

test('a results file keeps only the columns scoring needs, whatever else it carries', () => {
  const text = 'timestamp,value,anomaly_score,label,S(t)_standard\n2015-02-26 21:42:53,104,0.25,0,-0.11\n'
  assert.deepEqual(parseNabResults(text, 'r.csv')[0]?.anomalyScore, 0.25)
})

test('results written by the harness read back unchanged', () => {
  const rows = [
    {
      timestamp: '2015-02-26 21:42:53',
      at: Date.UTC(2015, 1, 26, 21, 42, 53),
      value: 3,
      anomalyScore: 0.125,
    },
  ]
  assert.deepEqual(parseNabResults(formatNabResults(rows), 'r.csv'), rows)
})

test('a missing column is named in the error', () => {
  assert.throws(
    () => parseNabResults('timestamp,value\n2015-02-26 21:42:53,1\n', 'r.csv'),
    /r\.csv: missing column\(s\) anomaly_score/,
  )
})

test('a score outside 0..1 is refused with its file and line', () => {
  const text = 'timestamp,value,anomaly_score\n2015-02-26 21:42:53,1,0.5\n2015-02-26 21:47:53,1,1.5\n'
  assert.throws(() => parseNabResults(text, 'r.csv'), /r\.csv:3: anomaly_score/)
})

test('a malformed timestamp or value is refused with its line', () => {
  assert.throws(
    () => parseNabData('timestamp,value\n26/02/2015,1\n', 'd.csv'),
    /d\.csv:2: timestamp: expected a timestamp/,
  )
  assert.throws(() => parseNabData('timestamp,value\n2015-02-26 21:42:53,abc\n', 'd.csv'), /d\.csv:2: value/)
})

test('rows out of time order are refused, since NAB scores by position', () => {
  const text = 'timestamp,value\n2015-02-26 21:47:53,1\n2015-02-26 21:42:53,1\n'
  assert.throws(() => parseNabData(text, 'd.csv'), /d\.csv:3: timestamp is not after the previous row/)
})

test('an empty file is refused', () => {
  assert.throws(() => parseNabData('', 'd.csv'), /d\.csv: empty file/)
  assert.throws(() => parseNabData('timestamp,value\n', 'd.csv'), /d\.csv: no data rows/)
})
