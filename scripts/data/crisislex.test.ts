import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { keywordQuery, snowflakeTime, t6Mentions, t26Mentions, t26Times } from './crisislex.ts'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

test('reads the creation time a tweet id carries', () => {
  // the T26 timestamps file dates this tweet Fri Nov 29 18:49:59 +0000 2013
  assert.equal(snowflakeTime('406495271334719488').slice(0, 19), '2013-11-29T18:49:59')
})

test('dates T26 labelled tweets from the timestamps file and falls back on the id', () => {
  const rows = t26Mentions(fixture('t26-labelled.csv'), t26Times(fixture('t26-times.csv')))
  assert.equal(rows.length, 2)
  assert.deepEqual(rows[0], {
    id: '406495271334719488',
    source: 'twitter',
    createdAt: '2013-11-29T18:49:59.000Z',
    text: 'My car air freshener is better than yours #helicopter #bigkid http://t.co/QWTLwABs8r',
    url: 'https://twitter.com/i/web/status/406495271334719488',
  })
  assert.equal(rows[1]!.createdAt, snowflakeTime('406553907700449280'))
  assert.equal(rows[1]!.text, 'RT @jimmurphymp: Terrible here in Glasgow Helicopter crashed into roof of pub')
})

test('keeps on- and off-topic T6 tweets, quotes stripped from their ids', () => {
  const rows = t6Mentions(fixture('t6.csv'))
  assert.deepEqual(
    rows.map((r) => [r.id, r.text]),
    [
      ['336908711324962817', "@HeatleyJheat44 its barley even raining where I'm at lol"],
      ['337052158035890176', "Sorry I can't do anything right."],
    ],
  )
  assert.equal(rows[0]!.createdAt, snowflakeTime('336908711324962817'))
})

test('turns CrisisLex keywords into one OR query of tags, phrases and words', () => {
  assert.equal(
    keywordQuery(['#Clutha', 'glasgow helicopter', 'nsw #bushfire', 'prayforwest', '#Clutha']),
    '#Clutha OR "glasgow helicopter" OR "nsw bushfire" OR prayforwest',
  )
})
