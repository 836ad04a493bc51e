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
    details: { pause: { workspaceId: 'acme', since: '2030-01-01T00:00:00.000Z', by: 'u1', reason: 'crise' } },
  })
  assert.deepEqual(problem, {
    key: 'publish.error.paused',
    since: '2030-01-01T00:00:00.000Z',
    by: 'u1',
    reason: 'crise',
  })
})

test('the server’s refusals of a draft are recognised: not approved, too long, wrong channel', () => {
  assert.deepEqual(
    publishProblemOf({
      status: 409,
      message: 'draft d1 is in_review: only an approved draft is published',
      details: null,
    }),
    { key: 'publish.error.notApproved' },
  )
  assert.deepEqual(
    publishProblemOf({
      status: 400,
      message: 'part 2 is longer than bluesky allows (300 characters)',
      details: null,
    }),
    { key: 'publish.error.tooLong', part: 2, network: 'bluesky', limit: 300 },
  )
  assert.deepEqual(
    publishProblemOf({
      status: 400,
      message: 'a press statement is not posted on mastodon: send it through a webhook publisher, or by hand',
      details: null,
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
      details: { published: 1, of: 3 },
    }),
    { key: 'publish.error.partial', published: 1, of: 3, reason: 'HTTP 503 Service unavailable' },
  )
})

test('a missing secret and a server without publishing are told apart; anything else is left as it is', () => {
  assert.deepEqual(
    publishProblemOf({
      status: 503,
      message: 'publisher masto: the environment variable ACME_TOKEN is not set where vigie serve runs',
      details: null,
    }),
    { key: 'publish.error.secret', variable: 'ACME_TOKEN' },
  )
  assert.deepEqual(
    publishProblemOf({
      status: 503,
      message: 'publishing runs in vigie serve; this server does not publish',
      details: null,
    }),
    { key: 'publish.error.noPublishing' },
  )
  assert.equal(
    publishProblemOf({ status: 404, message: 'no publisher x in workspace acme', details: null }),
    undefined,
  )
})
