import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { CrisisType, Posture, PostureFacts, PostureRisk } from '../core/index.ts'
import { advisePosture } from './advise-posture.ts'

const facts = (over: Partial<PostureFacts>): PostureFacts => ({
  cause: 'none',
  harm: 'minor',
  victims: false,
  pastCrises: 0,
  reputation: 'neutral',
  lang: 'en',
  ...over,
})

/**
 * SCCT's published guidelines (Coombs 2007), case by case: type × history × reputation (× harm) → the
 * recommended posture. Written from the guidelines, not from the code.
 */
const CASES: [string, Partial<PostureFacts>, Posture][] = [
  // victim cluster, no intensifier: instructing information and care suffice
  ['natural disaster, no history', { crisisType: 'natural_disaster' }, 'acknowledge'],
  [
    'tampering, no history, good reputation',
    { crisisType: 'product_tampering', reputation: 'good' },
    'acknowledge',
  ],
  ['workplace violence, no history', { crisisType: 'workplace_violence' }, 'acknowledge'],
  // victim cluster with an intensifier: add excuse or justification (diminish)
  ['tampering with a crisis history', { crisisType: 'product_tampering', pastCrises: 2 }, 'counter'],
  ['natural disaster, bad reputation', { crisisType: 'natural_disaster', reputation: 'bad' }, 'counter'],
  // accidental cluster, no intensifier: excuse or justification
  ['technical accident, no history', { crisisType: 'technical_error_accident' }, 'counter'],
  ['technical product harm, no history', { crisisType: 'technical_error_product_harm' }, 'counter'],
  ['challenge, not known false', { crisisType: 'challenge' }, 'counter'],
  // accidental cluster with an intensifier: apology and compensation
  [
    'technical accident with history',
    { crisisType: 'technical_error_accident', pastCrises: 1 },
    'acknowledge',
  ],
  [
    'technical product harm, bad reputation',
    { crisisType: 'technical_error_product_harm', reputation: 'bad' },
    'acknowledge',
  ],
  // severe harm to victims: compensation whatever the type
  [
    'technical accident with severe harm to victims',
    { crisisType: 'technical_error_accident', harm: 'severe', victims: true },
    'acknowledge',
  ],
  [
    'tampering with severe harm to victims',
    { crisisType: 'product_tampering', harm: 'severe', victims: true },
    'acknowledge',
  ],
  // preventable cluster: always rebuild
  [
    'human-error accident, good reputation',
    { crisisType: 'human_error_accident', reputation: 'good' },
    'acknowledge',
  ],
  ['human-error product harm', { crisisType: 'human_error_product_harm' }, 'acknowledge'],
  ['organisational misdeed, no harm', { crisisType: 'organizational_misdeed', harm: 'none' }, 'acknowledge'],
  [
    'organisational misdeed even if the accusation is called false',
    { crisisType: 'organizational_misdeed', accusationFalse: true },
    'acknowledge',
  ],
  // denial only for rumours and challenges that are false
  ['rumour known false', { crisisType: 'rumor', accusationFalse: true }, 'deny'],
  ['rumour not yet verified', { crisisType: 'rumor' }, 'deny'],
  ['unwarranted challenge', { crisisType: 'challenge', accusationFalse: true }, 'deny'],
  ['"rumour" that turns out true', { crisisType: 'rumor', accusationFalse: false }, 'acknowledge'],
]

for (const [name, given, expected] of CASES) {
  test(`SCCT: ${name} → ${expected}`, () => {
    assert.equal(advisePosture(facts(given)).recommended, expected)
  })
}

const riskOf = (f: Partial<PostureFacts>, posture: Posture): PostureRisk | undefined =>
  advisePosture(facts(f)).alternatives.find((a) => a.posture === posture)?.risk

test('denying a preventable crisis is a high risk, said plainly when the team picks it', () => {
  const f = { crisisType: 'organizational_misdeed' as CrisisType, chosen: 'deny' as Posture }
  assert.equal(riskOf(f, 'deny'), 'high')
  const advice = advisePosture(facts(f))
  assert.ok(advice.warnings.some((w) => /high risk/.test(w)))
  assert.ok(advice.warnings.some((w) => /deceit/.test(w)))
})

test('attacking or shifting blame while people are severely harmed is a high risk (blaming the victims)', () => {
  const f = {
    crisisType: 'technical_error_product_harm' as CrisisType,
    victims: true,
    harm: 'severe' as const,
  }
  assert.equal(riskOf(f, 'counter'), 'high')
  assert.ok(
    advisePosture(facts({ ...f, chosen: 'counter' })).warnings.some((w) => /blaming the victims/.test(w)),
  )
})

test('apologising for a rumour known false is a medium risk: it lends the rumour credibility', () => {
  assert.equal(riskOf({ crisisType: 'rumor', accusationFalse: true }, 'acknowledge'), 'medium')
})

test('denying without proof is at least a medium risk, and lying when the accusation is true is high', () => {
  assert.equal(riskOf({ crisisType: 'technical_error_accident' }, 'deny'), 'medium')
  assert.equal(riskOf({ crisisType: 'challenge', accusationFalse: false }, 'deny'), 'high')
})

test('a chosen posture that is the recommended one gets no risk warning, only the consistency reminder', () => {
  const advice = advisePosture(facts({ crisisType: 'human_error_accident', chosen: 'acknowledge' }))
  assert.deepEqual(advice.warnings.length, 1)
  assert.match(advice.warnings[0]!, /one posture/)
})

test('the crisis type is inferred from the cause when absent, and the team is told to check it', () => {
  const cases: [PostureFacts['cause'], CrisisType][] = [
    ['product_defect', 'technical_error_product_harm'],
    ['accident', 'technical_error_accident'],
    ['employee_post', 'human_error_accident'],
    ['governance', 'organizational_misdeed'],
    ['external_attack', 'product_tampering'],
    ['customer_service', 'challenge'],
  ]
  for (const [cause, type] of cases) {
    const advice = advisePosture(facts({ cause }))
    assert.equal(advice.crisisType, type, cause)
    assert.equal(advice.crisisTypeInferred, true)
    assert.ok(advice.warnings.some((w) => w.includes(cause)))
  }
  assert.equal(advisePosture(facts({ cause: 'external_attack', accusationFalse: true })).crisisType, 'rumor')
  assert.equal(advisePosture(facts({ cause: 'governance', crisisType: 'rumor' })).crisisTypeInferred, false)
})

test('intensifiers and victims are named among the reasons, and the theory is cited', () => {
  const advice = advisePosture(
    facts({ crisisType: 'technical_error_accident', pastCrises: 3, reputation: 'bad', victims: true }),
  )
  assert.ok(advice.reasons.some((r) => /3 earlier crisis/.test(r)))
  assert.ok(advice.reasons.some((r) => /unfavourable prior reputation/.test(r)))
  assert.ok(advice.reasons.some((r) => /care for them/.test(r)))
  assert.ok(advice.sources.some((s) => /Coombs, W. T. \(2007\)/.test(s)))
  assert.equal(advice.alternatives.length, 2)
  assert.ok(!advice.alternatives.some((a) => a.posture === advice.recommended))
})

test('the advice is written in French when asked, every sentence of it', () => {
  const fr = advisePosture(
    facts({ crisisType: 'organizational_misdeed', chosen: 'deny', victims: true, pastCrises: 1, lang: 'fr' }),
  )
  const en = advisePosture(
    facts({ crisisType: 'organizational_misdeed', chosen: 'deny', victims: true, pastCrises: 1, lang: 'en' }),
  )
  const all = (a: typeof fr) => [...a.reasons, ...a.warnings, ...a.alternatives.flatMap((x) => x.reasons)]
  assert.equal(all(fr).length, all(en).length)
  for (const [i, sentence] of all(fr).entries()) assert.notEqual(sentence, all(en)[i])
  assert.ok(all(fr).some((s) => /évitable/.test(s)))
  assert.ok(!all(fr).some((s) => /\{\w+\}/.test(s)), 'no placeholder left unfilled')
})

test('facts outside the schema are refused', () => {
  assert.throws(() => advisePosture({ ...facts({}), harm: 'huge' }))
  assert.throws(() => advisePosture({ ...facts({}), crisisType: 'alien_invasion' }))
  assert.throws(() => advisePosture({ ...facts({}), pastCrises: -1 }))
})
