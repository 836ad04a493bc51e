import assert from 'node:assert/strict'
import { test } from 'node:test'
import { locateWindows, parseNabWindows } from './nab-labels.ts'

const times = [0, 1, 2, 3, 4, 5].map((minute) => Date.UTC(2015, 2, 1, 0, minute * 5))
const at = (minute: number) => `2015-03-01 00:${String(minute * 5).padStart(2, '0')}:00.000000`

test('window ends are matched to rows by exact timestamp, both inclusive', () => {
  assert.deepEqual(
    locateWindows(
      times,
      [
        [at(1), at(2)],
        [at(4), at(4)],
      ],
      'f.csv',
    ),
    [
      { startRow: 1, endRow: 2 },
      { startRow: 4, endRow: 4 },
    ],
  )
})

test('a window end that is not a row of the file is refused', () => {
  assert.throws(
    () => locateWindows(times, [['2015-03-01 00:07:00.000000', at(2)]], 'f.csv'),
    /f\.csv: window end 2015-03-01 00:07:00\.000000 is not a row of the file/,
  )
})

test('overlapping or reversed windows are refused', () => {
  assert.throws(
    () =>
      locateWindows(
        times,
        [
          [at(1), at(3)],
          [at(2), at(4)],
        ],
        'f.csv',
      ),
    /window 2 overlaps/,
  )
  assert.throws(() => locateWindows(times, [[at(3), at(1)]], 'f.csv'), /window 1 ends before it starts/)
})

test('a window file in the wrong shape is refused with the path of the problem', () => {
  assert.throws(() => parseNabWindows('{"a.csv": [["2015-03-01 00:05:00"]]}', 'w.json'), /w\.json: a\.csv\.0/)
  assert.throws(() => parseNabWindows('{oops', 'w.json'), /w\.json: not JSON/)
})
