import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isAppError } from '../../core/index.ts'
import { createRedditConnector } from './reddit-connector.ts'
import { DEFAULT_USER_AGENT, type RedditSourceInput, RedditSourceOptions } from './reddit-source-options.ts'

test('options accept r/ and u/ prefixes and default to a descriptive User-Agent and the real token URL', () => {
  const o = RedditSourceOptions.parse({
    subreddits: ['r/france', '/r/Lyon'],
    accounts: ['u/brand_fr'],
    search: ['panne', { q: 'fibre', subreddit: 'r/lyon' }],
  })
  assert.deepEqual(o.subreddits, ['france', 'Lyon'])
  assert.deepEqual(o.accounts, ['brand_fr'])
  assert.deepEqual(o.search[1], { q: 'fibre', subreddit: 'lyon' })
  assert.equal(o.userAgent, DEFAULT_USER_AGENT)
  assert.equal(o.tokenUrl, 'https://www.reddit.com/api/v1/access_token')
  assert.equal(o.comments, false)
})

test('a source with nothing to read, half credentials or an unknown option is refused with the reason', () => {
  for (const [options, reason] of [
    [{}, /nothing to read/],
    [{ subreddits: ['france'], clientSecret: 's' }, /clientSecret needs clientId/],
    [
      { subreddits: ['france'], clientId: 'i', clientSecret: 's', username: 'u' },
      /username and password go together/,
    ],
    [{ subreddits: ['not a sub!'] }, /subreddit name/],
    [{ subreddits: ['france'], subreddit: 'typo' }, /subreddit/],
  ] as [object, RegExp][]) {
    try {
      createRedditConnector(options as RedditSourceInput)
      assert.fail(`accepted ${JSON.stringify(options)}`)
    } catch (error) {
      assert.ok(isAppError(error) && error.code === 'invalid', String(error))
      assert.match(error.message, reason)
    }
  }
})
