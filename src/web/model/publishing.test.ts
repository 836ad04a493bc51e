import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isoOfLocalInput, publishersFor, publishProblemOf } from './publishing.ts'

const PUBLISHERS = [
  { id: 'masto', kind: 'mastodon' as const },
  { id: 'sky', kind: 'bluesky' as const },
  { id: 'hook', kind: 'webhook' as const },
]

test('networks take short posts and threads, a webhook takes every channel', () => {
  const ids = (channel: Parameters<typeof publishersFor>[0]['channel']) =>
    publishersFor({ channel, publications: [] }, PUBLISHERS).map((p) => p.id)
  assert.deepEqual(ids('short_post'), ['masto', 'sky', 'hook'])
  assert.deepEqual(ids('thread'), ['masto', 'sky', 'hook'])
  assert.deepEqual(ids('press_statement'), ['hook'])
  assert.deepEqual(ids('private_reply'), ['hook'])
})

test('a thread that started going out is offered only the publisher it started on', () => {
  const draft = { channel: 'thread' as const, publications: [{ publisherId: 'sky' }] }
  assert.deepEqual(
    publishersFor(draft, PUBLISHERS).map((p) => p.id),
    ['sky'],
  )
})

test('a local date and time becomes the same instant in ISO, and an empty field none', () => {
  const iso = isoOfLocalInput('2030-03-15T09:30')
  assert.ok(iso)
  const at = new Date(iso)
  assert.deepEqual(
    [at.getFullYear(), at.getMonth(), at.getDate(), at.getHours(), at.getMinutes()],
    [2030, 2, 15, 9, 30],
  )
  assert.equal(isoOfLocalInput(''), undefined)
  assert.equal(isoOfLocalInput('not a date'), undefined)
})

test('a refusal while paused is told with when, by whom and why', () => {
  const problem = publishProblemOf({
    status: 409,
    message:
      'publishing is paused in this workspace since 2030-01-01T00:00:00.000Z (crise): lift the pause first',
    details: {
      reason: 'paused',
      pause: { workspaceId: 'acme', since: '2030-01-01T00:00:00.000Z', by: 'u1', reason: 'crise' },
    },
  })
  assert.deepEqual(problem, {
    key: 'publish.error.paused',
    since: '2030-01-01T00:00:00.000Z',
    by: 'u1',
    reason: 'crise',
  })
})

test('the server’s refusals of a draft are recognised by their reason code, whatever the message says', () => {
  assert.deepEqual(publishProblemOf({ status: 409, message: 'anything', details: { reason: 'changed' } }), {
    key: 'publish.error.changed',
  })
  assert.equal(
    publishProblemOf({ status: 409, message: 'only an approved draft is published', details: null }),
    undefined,
  )
  assert.deepEqual(
    publishProblemOf({
      status: 409,
      message: 'draft d1 is in_review: only an approved draft is published',
      details: { reason: 'not_approved', state: 'in_review' },
    }),
    { key: 'publish.error.notApproved' },
  )
  assert.deepEqual(
    publishProblemOf({
      status: 400,
      message: 'part 2 is longer than bluesky allows (300 characters)',
      details: { reason: 'too_long', part: 2, network: 'bluesky', limit: 300 },
    }),
    { key: 'publish.error.tooLong', part: 2, network: 'bluesky', limit: 300 },
  )
  assert.deepEqual(
    publishProblemOf({
      status: 400,
      message: 'a press statement is not posted on mastodon: send it through a webhook publisher, or by hand',
      details: { reason: 'channel', channel: 'press_statement', network: 'mastodon' },
    }),
    { key: 'publish.error.channel' },
  )
})

test('a thread refused half-way says how many parts went out and the network’s reason', () => {
  assert.deepEqual(
    publishProblemOf({
      status: 503,
      message:
        'mastodon masto refused part 2 of 3: HTTP 503 Service unavailable. 1 part(s) went out; publish again to send the rest',
      details: { reason: 'partial', published: 1, of: 3, refusal: 'HTTP 503 Service unavailable' },
    }),
    { key: 'publish.error.partial', published: 1, of: 3, reason: 'HTTP 503 Service unavailable' },
  )
})

test('a missing secret and a server without publishing are told apart; anything else is left as it is', () => {
  assert.deepEqual(
    publishProblemOf({
      status: 503,
      message: 'publisher masto: the environment variable ACME_TOKEN is not set where vigie serve runs',
      details: { reason: 'secret_missing', variable: 'ACME_TOKEN' },
    }),
    { key: 'publish.error.secret', variable: 'ACME_TOKEN' },
  )
  assert.deepEqual(
    publishProblemOf({
      status: 503,
      message: 'publishing runs in vigie serve; this server does not publish',
      details: { reason: 'no_publishing' },
    }),
    { key: 'publish.error.noPublishing' },
  )
  assert.equal(
    publishProblemOf({ status: 404, message: 'no publisher x in workspace acme', details: null }),
    undefined,
  )
})
