import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { AUDIENCES, NETWORK_LIMITS, type ReplyNetwork } from '../core/index.ts'
import { composeReply, lengthOf, overLimit } from './index.ts'

const facts = {
  brand: 'Acme Fibre',
  issue: 'la panne du réseau fibre',
  victims: true,
  date: '6 décembre 2026',
}
const NETWORKS = Object.keys(NETWORK_LIMITS) as ReplyNetwork[]
const POSTURES = ['acknowledge', 'counter', 'deny'] as const

test('a short post fits its network for every posture, audience and language, even with a very long title', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...POSTURES),
      fc.constantFrom(...AUDIENCES),
      fc.constantFrom('fr' as const, 'en' as const),
      fc.constantFrom(...NETWORKS),
      fc.string({ minLength: 1, maxLength: 400 }),
      (posture, audience, lang, network, issue) => {
        const parts = composeReply({
          lang,
          posture,
          audience,
          channel: 'short_post',
          network,
          facts: { ...facts, issue: issue.trim() || 'x' },
        })
        assert.equal(parts.length, 1)
        assert.deepEqual(overLimit('short_post', network, parts), [])
      },
    ),
    { numRuns: 300 },
  )
})

test('a thread is cut between words into numbered posts that each fit the network', () => {
  const parts = composeReply({
    lang: 'en',
    posture: 'acknowledge',
    audience: 'authorities',
    channel: 'thread',
    network: 'x',
    facts: { ...facts, issue: 'the nationwide outage of the fibre network '.repeat(6).trim() },
  })
  assert.ok(parts.length >= 2, parts.join('\n'))
  parts.forEach((p, i) => {
    assert.ok(lengthOf(p) <= 280, `${lengthOf(p)}: ${p}`)
    assert.ok(p.endsWith(`(${i + 1}/${parts.length})`), p)
  })
  assert.deepEqual(overLimit('thread', 'x', parts), [])
})

test('a short post keeps what it must say and drops the optional sentences first', () => {
  const long = composeReply({
    lang: 'fr',
    posture: 'acknowledge',
    audience: 'press',
    channel: 'short_post',
    network: 'linkedin',
    facts,
  })
  const short = composeReply({
    lang: 'fr',
    posture: 'acknowledge',
    audience: 'press',
    channel: 'short_post',
    network: 'x',
    facts,
  })
  assert.match(long[0]!, /porte-parole/)
  assert.match(long[0]!, /En savoir plus/)
  assert.ok(lengthOf(short[0]!) <= 280)
  assert.match(short[0]!, /Acme Fibre reconnaît « la panne du réseau fibre »/)
})

test('each posture says something different: an apology, a correction of false claims, a denial after checks', () => {
  const say = (posture: (typeof POSTURES)[number], lang: 'fr' | 'en') =>
    composeReply({ lang, posture, audience: 'customers', channel: 'press_statement', facts })[0]!
  assert.match(say('acknowledge', 'en'), /we are sorry/)
  assert.match(say('acknowledge', 'fr'), /désolés/)
  assert.match(say('counter', 'en'), /not accurate/)
  assert.match(say('counter', 'fr'), /inexact/)
  assert.match(say('deny', 'en'), /We checked/)
  assert.match(say('deny', 'fr'), /Nous avons vérifié/)
  assert.doesNotMatch(say('deny', 'en'), /sorry/)
})

test('the channel frames the text: a dated statement with a press contact, an internal note, a private reply', () => {
  const en = (channel: 'press_statement' | 'internal_message' | 'private_reply') =>
    composeReply({ lang: 'en', posture: 'acknowledge', audience: 'harmed', channel, facts })[0]!
  assert.match(en('press_statement'), /^Acme Fibre: statement, 6 décembre 2026\n\n/)
  assert.match(en('press_statement'), /Press contact: \[to fill: name, phone, e-mail\]$/)
  assert.match(en('internal_message'), /^To all teams,/)
  assert.match(en('internal_message'), /do not answer on your own account/)
  assert.match(en('private_reply'), /^Hello \[to fill: name\],/)
  assert.match(en('private_reply'), /The Acme Fibre team$/)
  const fr = composeReply({
    lang: 'fr',
    posture: 'acknowledge',
    audience: 'employees',
    channel: 'internal_message',
    facts,
  })[0]!
  assert.match(fr, /^À toutes les équipes,/)
  assert.match(fr, /Nous nous sommes trompés/)
})

test('repair is promised only where people were harmed', () => {
  const text = (victims: boolean) =>
    composeReply({
      lang: 'en',
      posture: 'acknowledge',
      audience: 'harmed',
      channel: 'press_statement',
      facts: { ...facts, victims },
    })[0]!
  assert.match(text(true), /compensation/)
  assert.doesNotMatch(text(false), /compensation/)
})

test('lengths count what people see: an emoji or an accented letter is one character', () => {
  assert.equal(lengthOf('é👍🏽🇫🇷'), 3)
  assert.deepEqual(overLimit('press_statement', null, ['x'.repeat(9000)]), [])
  assert.deepEqual(overLimit('short_post', 'bluesky', ['x'.repeat(301)]), [
    { part: 0, length: 301, limit: 300 },
  ])
})
