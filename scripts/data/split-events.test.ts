import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitFile, splitOf } from './split-events.ts'

test('holds out an event when its slug hashes below 0.3, as in the first version of the suite', () => {
  // sha256 heads: queensland 0x0078…, metro-north 0x4379… (< 0.3); chelyabinsk 0x64cb… (0.39), tesla 0xfd03…
  assert.equal(splitOf('queensland-floods-2013'), 'holdout')
  assert.equal(splitOf('metro-north-derailment-2013'), 'holdout')
  assert.equal(splitOf('chelyabinsk-meteor-2013'), 'dev')
  assert.equal(splitOf('tesla-cybertruck-unveil-2019'), 'dev')
})

test('lists both parts sorted, whatever order the events come in', () => {
  const slugs = ['tesla-cybertruck-unveil-2019', 'queensland-floods-2013', 'chelyabinsk-meteor-2013']
  assert.deepEqual(splitFile(slugs), {
    dev: ['chelyabinsk-meteor-2013', 'tesla-cybertruck-unveil-2019'],
    holdout: ['queensland-floods-2013'],
  })
  assert.deepEqual(splitFile([...slugs].reverse()), splitFile(slugs))
})
