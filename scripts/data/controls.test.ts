import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { cybertruckMentions, decodePythonBytes, duboisMentions, iphoneMentions } from './controls.ts'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

test('decodes a Python bytes literal as UTF-8, escapes included', () => {
  assert.equal(decodePythonBytes(String.raw`b'caf\xc3\xa9 \'ok\'\nnext'`), "café 'ok'\nnext")
  assert.equal(decodePythonBytes('b"it\'s"'), "it's")
})

test('maps the Cybertruck export to mentions in UTC with stable derived ids', () => {
  const rows = cybertruckMentions(fixture('cybertruck.csv'))
  assert.equal(rows.length, 2)
  assert.equal(rows[0]!.createdAt, '2019-11-22T19:28:47Z')
  assert.match(rows[0]!.text, /^RT @tictoc: Tesla's demo .*"Tesla armor glass".*…$/)
  assert.match(rows[0]!.id, /^[0-9a-f]{16}$/)
  assert.deepEqual(cybertruckMentions(fixture('cybertruck.csv')), rows)
})

test('maps the iPhone 14 export with its author and a multi-line text', () => {
  const [row] = iphoneMentions(fixture('iphone14.csv'))
  assert.equal(row!.createdAt, '2022-09-14T14:17:04.000Z')
  assert.deepEqual(row!.author, { handle: 'bosesubash56' })
  assert.match(row!.text, /#mobiletrans\n #Wondershare/)
})

test('maps the DuBoisChallenge export with the tweet id from its url, audience and counts', () => {
  assert.deepEqual(duboisMentions(fixture('dubois.csv')), [
    {
      id: '1390633129203879937',
      source: 'twitter',
      createdAt: '2021-05-07T11:42:29.000Z',
      text: '@sqlsekou You co-hosted the #DuBoisChallenge. That had to be fun :)',
      url: 'https://twitter.com/AlDatavizguy/status/1390633129203879937',
      author: { handle: 'AlDatavizguy', followers: 1113, verified: false },
      metrics: { likes: 1, reposts: 0 },
    },
  ])
})
