import assert from 'node:assert/strict'
import { test } from 'node:test'
import { matchLabelKey } from './match-label-key.ts'

const keys = [
  'realTweets/Twitter_volume_AAPL.csv',
  'realTweets/Twitter_volume_FB.csv',
  'realAWSCloudwatch/ec2_FB.csv',
]

test('a results file is matched by relative path, by file name, or by NAB detector prefix', () => {
  assert.equal(matchLabelKey('realTweets/Twitter_volume_AAPL.csv', keys), keys[0])
  assert.equal(matchLabelKey('Twitter_volume_AAPL.csv', keys), keys[0])
  assert.equal(matchLabelKey('ARTime/realTweets/ARTime_Twitter_volume_AAPL.csv', keys), keys[0])
})

test('the longest matching file name wins over a shorter suffix', () => {
  assert.equal(matchLabelKey('numenta_Twitter_volume_FB.csv', [...keys, 'x/FB.csv']), keys[1])
})

test('a results file without label windows is refused by name', () => {
  assert.throws(
    () => matchLabelKey('numenta_Twitter_volume_IBM.csv', keys),
    /numenta_Twitter_volume_IBM\.csv: no label windows/,
  )
})

test('a name matching two label entries equally is refused as ambiguous', () => {
  const twins = ['a/Twitter_volume_FB.csv', 'b/Twitter_volume_FB.csv']
  assert.throws(() => matchLabelKey('det_Twitter_volume_FB.csv', twins), /matches several label entries/)
})
