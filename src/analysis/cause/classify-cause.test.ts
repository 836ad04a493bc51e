import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { parse } from 'csv-parse/sync'
import { CAUSES, type Cause, type Lang } from '../../core/index.ts'
import { loadCauseModel } from './cause-model.ts'
import {
  causeOfText,
  classifyCause,
  classifyCauseByKeywords,
  classifyCluster,
  decideCause,
} from './classify-cause.ts'

test('recognises each cause in French and English', () => {
  const cases: [string, Lang, Cause][] = [
    ['Rappel de lots de jouets défectueux', 'fr', 'product_defect'],
    ['They are recalling faulty airbags', 'en', 'product_defect'],
    ["Explosion et incendie à l'usine", 'fr', 'accident'],
    ['Refinery blast, workers injured', 'en', 'accident'],
    ['Le PDG a tenu des propos racistes sur LinkedIn', 'fr', 'employee_post'],
    ['An employee posted an offensive video', 'en', 'employee_post'],
    ['Aucune réponse du service client pour mon remboursement', 'fr', 'customer_service'],
    ['Customer service hung up on me, still no refund', 'en', 'customer_service'],
    ['Fuite de données : mots de passe exposés', 'fr', 'data_breach_outage'],
    ['The app is down, massive outage', 'en', 'data_breach_outage'],
    ['Cette rumeur est un canular', 'fr', 'external_attack'],
    ['Fake news and a boycott campaign by bots', 'en', 'external_attack'],
    ['Grève et plan social chez le constructeur', 'fr', 'governance'],
    ['Fined by the regulator after a fraud probe', 'en', 'governance'],
  ]
  for (const [text, lang, cause] of cases) assert.equal(classifyCause(text, lang).cause, cause, text)
})

test('a crane falling onto a building reads as an accident', () => {
  assert.equal(
    classifyCause('A crane toppled onto an apartment block near the site this morning', 'en').cause,
    'accident',
  )
})

test('paraphrases with none of the cue words still find their cause', () => {
  const cases: [string, Lang, Cause][] = [
    ['Le grutier a perdu le contrôle, la grue s’est couchée sur un immeuble', 'fr', 'accident'],
    ['A copycat website imitates the store to harvest card numbers', 'en', 'external_attack'],
    ['Impossible de payer par carte sur l’appli depuis ce matin', 'fr', 'data_breach_outage'],
    ['Their intern joked about the flood victims from the brand account', 'en', 'employee_post'],
  ]
  for (const [text, lang, cause] of cases) assert.equal(classifyCause(text, lang).cause, cause, text)
})

test('ordinary brand chatter reads as none', () => {
  const chatter: [string, Lang][] = [
    ['Belle journée au bord de la mer', 'fr'],
    ['lovely coffee this morning', 'en'],
    ['Just picked up the new model, the colour is gorgeous', 'en'],
    ['Quelqu’un sait à quelle heure ouvre le magasin dimanche ?', 'fr'],
  ]
  for (const [text, lang] of chatter) assert.equal(classifyCause(text, lang).cause, 'none', text)
})

test('ignores accents and case', () => {
  assert.equal(classifyCause('PRODUIT DEFECTUEUX', 'fr').cause, 'product_defect')
  assert.equal(classifyCause('produit défectueux', 'fr').cause, 'product_defect')
})

test('a data leak is a breach, not a gas leak', () => {
  const result = classifyCause('fuite de données chez l’opérateur', 'fr')
  assert.equal(result.cause, 'data_breach_outage')
  assert.equal(result.terms[0], 'fuite de donnees')
})

test('says none with no terms, and names the words behind a cause', () => {
  assert.deepEqual(classifyCause('', 'en').terms, [])
  assert.deepEqual(classifyCause('Belle journée au bord de la mer', 'fr').terms, [])
  const recall = classifyCause('They are recalling faulty airbags', 'en')
  assert.ok(recall.terms.includes('faulty'), recall.terms.join())
})

test('answers a cause only when its probability reaches the threshold', () => {
  const { minConfidence } = loadCauseModel()
  for (const text of ['Refinery blast, workers injured', 'lovely coffee this morning', 'recall']) {
    const r = classifyCause(text, 'en')
    assert.ok(r.confidence >= 0 && r.confidence <= 1)
    if (r.cause !== 'none') assert.ok(r.confidence >= minConfidence, text)
  }
})

test('a likely cause under the threshold is answered none', () => {
  const p = new Float64Array(CAUSES.length).fill(0.05)
  p[CAUSES.indexOf('accident')] = 0.65
  assert.deepEqual(decideCause(p, 0.5), { cause: 'accident', confidence: 0.65 })
  const answer = decideCause(p, 0.7)
  assert.equal(answer.cause, 'none')
  assert.ok(Math.abs(answer.confidence - 0.35) < 1e-9)
})

test('the pipeline shortcut gives the same cause as classifyCause', () => {
  for (const text of ['Refinery blast, workers injured', 'lovely coffee this morning', 'panne générale'])
    assert.equal(causeOfText(text), classifyCause(text, 'en').cause)
})

test('pools the evidence of a cluster of mentions', () => {
  const result = classifyCluster(['le site ne répond plus', 'panne générale !', 'toujours en panne'])
  assert.equal(result.cause, 'data_breach_outage')
  assert.equal(classifyCluster([]).cause, 'none')
})

test('survives a 1 MB text', () => {
  assert.equal(classifyCause('usine explosion '.repeat(65_000), 'fr').cause, 'accident')
})

test('still labels the development sentences it learnt from', () => {
  const rows = parse(readFileSync(new URL('./fixtures/cause-sentences.csv', import.meta.url)), {
    columns: true,
  }) as { text: string; lang: Lang; cause: Cause }[]
  const correct = rows.filter((r) => classifyCause(r.text, r.lang).cause === r.cause).length
  assert.ok(correct / rows.length >= 0.9, `${correct}/${rows.length}`)
})

test('keeps the keyword rules as a baseline: the most cue weight wins, none without a cue', () => {
  assert.deepEqual(classifyCauseByKeywords('Belle journée au bord de la mer', 'fr'), {
    cause: 'none',
    confidence: 0.5,
    terms: [],
  })
  const leak = classifyCauseByKeywords('fuite de données chez l’opérateur', 'fr')
  assert.deepEqual([leak.cause, leak.terms], ['data_breach_outage', ['fuite de donnees']])
  const thin = classifyCauseByKeywords('recall', 'en')
  const strong = classifyCauseByKeywords('recall of defective, contaminated batches', 'en')
  assert.ok(strong.confidence > thin.confidence)
})
