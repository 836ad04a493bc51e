import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createTestApp } from '../test/api-test-app.ts'

const facts = {
  cause: 'governance',
  harm: 'minor',
  victims: false,
  pastCrises: 0,
  reputation: 'good',
  chosen: 'deny',
  lang: 'fr',
}

test('posture advice answers in the requested language, with the chosen posture’s risk first among warnings', async () => {
  const h = await createTestApp()
  try {
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/advice/posture', payload: facts })
    assert.equal(res.statusCode, 200, res.body)
    const advice = res.json()
    assert.equal(advice.recommended, 'acknowledge')
    assert.equal(advice.crisisType, 'organizational_misdeed')
    assert.equal(advice.cluster, 'preventable')
    assert.match(advice.warnings.join(' '), /Vous avez choisi « nier ou minimiser », un choix à risque élevé/)
    assert.equal(advice.alternatives.find((a: { posture: string }) => a.posture === 'deny').risk, 'high')
  } finally {
    await h.close()
  }
})

test('posture advice refuses facts outside the schema with a 400 naming the field', async () => {
  const h = await createTestApp()
  try {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/advice/posture',
      payload: { ...facts, crisisType: 'meteor' },
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /crisisType/)
  } finally {
    await h.close()
  }
})

test('the OpenAPI file describes posture advice from the same schema', async () => {
  const h = await createTestApp()
  try {
    const spec = (await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
    const op = spec.paths['/api/v1/advice/posture'].post
    const body = JSON.stringify(op.requestBody)
    assert.match(body, /organizational_misdeed/)
    assert.match(body, /accusationFalse/)
  } finally {
    await h.close()
  }
})
