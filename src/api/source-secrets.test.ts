import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTestApp } from '../test/api-test-app.ts'

let h: Awaited<ReturnType<typeof createTestApp>>
before(async () => {
  h = await createTestApp()
})
after(() => h.close())

const url = '/api/v1/workspaces/acme/sources'

test('the sources listing never shows a credential given as a value, and shows references to the environment', async () => {
  const added = await h.app.inject({
    method: 'POST',
    url,
    payload: {
      id: 'reddit',
      kind: 'reddit',
      url: 'https://oauth.reddit.com',
      options: {
        subreddits: ['france'],
        clientId: 'app-id',
        clientSecret: 'the-secret-value',
        username: 'acme_bot',
        passwordEnv: 'REDDIT_PASSWORD',
      },
    },
  })
  assert.equal(added.statusCode, 201, added.body)
  const listed = await h.app.inject({ url })
  for (const res of [added, listed]) {
    assert.doesNotMatch(res.body, /the-secret-value/)
  }
  const options = listed.json().sources.find((s: { id: string }) => s.id === 'reddit').options
  assert.equal(options.clientSecret, '(hidden)')
  assert.equal(options.passwordEnv, 'REDDIT_PASSWORD')
  // kept as given in the store: the runner needs it
  assert.equal((await h.store.getSource('acme', 'reddit'))?.options.clientSecret, 'the-secret-value')
})
