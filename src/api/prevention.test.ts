import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { createApiToken, createUser } from '../accounts/index.ts'
import { systemClock } from '../core/index.ts'
import { createTestApp } from '../test/api-test-app.ts'

test('a draft is checked against the default charter, and a safe draft gets an empty list', async () => {
  const h = await createTestApp()
  try {
    const risky = await h.app.inject({
      method: 'POST',
      url: '/api/v1/check',
      payload: { text: 'Appelez Julie au 06 12 34 56 78, quel c0nnard ce client', lang: 'fr' },
    })
    assert.equal(risky.statusCode, 200, risky.body)
    const flags = risky.json().flags as { kind: string; clause: string; start: number; end: number }[]
    assert.deepEqual(
      flags.map((f) => [f.kind, f.clause]),
      [
        ['personal_data', 'personal-data'],
        ['insult', 'respect'],
      ],
    )
    const safe = await h.app.inject({
      method: 'POST',
      url: '/api/v1/check',
      payload: { text: 'Notre nouvelle collection arrive en boutique jeudi.' },
    })
    assert.deepEqual(safe.json(), { flags: [] })
    const bad = await h.app.inject({ method: 'POST', url: '/api/v1/check', payload: { text: '' } })
    assert.equal(bad.statusCode, 400)
  } finally {
    await h.close()
  }
})

test('with a workspace, its confidential terms, its charter and its open incident are used', async () => {
  const h = await createTestApp()
  try {
    const terms = await h.app.inject({
      method: 'PUT',
      url: '/api/v1/workspaces/acme/confidential-terms',
      payload: { terms: ['Projet Héron', 'projet héron', 'X-200'] },
    })
    assert.equal(terms.statusCode, 200, terms.body)
    assert.deepEqual(terms.json(), { version: 1, terms: ['projet héron', 'X-200'] })
    const check = (text: string, workspace?: string) =>
      h.app.inject({ method: 'POST', url: '/api/v1/check', payload: { text, lang: 'fr', workspace } })
    const text = 'Le projet Heron arrive bientôt !'
    assert.deepEqual((await check(text)).json().flags, [])
    assert.deepEqual(
      (await check(text, 'acme')).json().flags.map((f: { kind: string }) => f.kind),
      ['confidential'],
    )
    await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/incidents',
      payload: { title: 'Fuite de données clients' },
    })
    const during = (await check('Nouvelle collection en boutique', 'acme')).json().flags
    assert.deepEqual(
      during.map((f: { kind: string }) => f.kind),
      ['crisis_echo'],
    )
    assert.equal((await check(text, 'nowhere')).statusCode, 404)
  } finally {
    await h.close()
  }
})

test('a non-member cannot check against a workspace, and only analysts change the charter', async () => {
  const h = await createTestApp()
  try {
    const ctx = { store: h.store, clock: systemClock }
    const token = async (role: 'viewer' | 'analyst') => {
      const user = await createUser({
        ctx,
        input: { email: `${role}@globex.example`, role, workspaceId: 'globex' },
      })
      return (await createApiToken({ ctx, userId: user.id, input: {} })).token
    }
    const viewer = { authorization: `Bearer ${await token('viewer')}` }
    const analyst = { authorization: `Bearer ${await token('analyst')}` }
    const elsewhere = await h.app.inject({
      method: 'POST',
      url: '/api/v1/check',
      headers: viewer,
      payload: { text: 'Bonjour', workspace: 'acme' },
    })
    // another client's workspace is not even said to exist
    assert.equal(elsewhere.statusCode, 404)
    const clauses = [
      {
        id: 'respect',
        title: { fr: 'Respect', en: 'Respect' },
        text: { fr: 'Poli.', en: 'Polite.' },
        kinds: ['insult'],
      },
    ]
    const put = (headers: Record<string, string>) =>
      h.app.inject({ method: 'PUT', url: '/api/v1/workspaces/globex/charter', headers, payload: { clauses } })
    assert.equal((await put(viewer)).statusCode, 403)
    const saved = await put(analyst)
    assert.equal(saved.statusCode, 200, saved.body)
    assert.equal(saved.json().version, 1)
    assert.equal((await put(analyst)).json().version, 2)
    const read = await h.app.inject({
      method: 'GET',
      url: '/api/v1/workspaces/globex/charter',
      headers: viewer,
    })
    assert.deepEqual(read.json().clauses, clauses)
    assert.equal(read.json().confidentialTerms, undefined)
    const versions = await h.app.inject({
      method: 'GET',
      url: '/api/v1/workspaces/globex/charter/versions',
      headers: viewer,
    })
    assert.deepEqual(
      versions.json().items.map((v: { version: number }) => v.version),
      [2, 1],
    )
    const terms = await h.app.inject({
      method: 'GET',
      url: '/api/v1/workspaces/globex/confidential-terms',
      headers: viewer,
    })
    assert.equal(terms.statusCode, 403)
  } finally {
    await h.close()
  }
})

test('a workspace that never saved a charter reads the default one as version 0', async () => {
  const h = await createTestApp()
  try {
    const read = await h.app.inject({ method: 'GET', url: '/api/v1/workspaces/acme/charter' })
    assert.equal(read.json().version, 0)
    assert.deepEqual(
      read.json().clauses.map((c: { id: string }) => c.id),
      [
        'copyright',
        'confidentiality',
        'personal-data',
        'respect',
        'speaking-for-company',
        'sensitive-topics',
        'crisis',
      ],
    )
  } finally {
    await h.close()
  }
})

test('the answer docs/api.md shows for its check example is the one the server gives', async () => {
  const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8')
  const section = doc.slice(doc.indexOf('### `POST /api/v1/check`'))
  const body = /-d '(\{.+\})'/.exec(section)![1]!
  const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]!)
  const h = await createTestApp()
  try {
    await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/incidents',
      payload: { title: 'Rappel de bouilloires: rumeur sur les réseaux' },
    })
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/check', payload: JSON.parse(body) })
    assert.deepEqual(res.json(), shown)
  } finally {
    await h.close()
  }
})
