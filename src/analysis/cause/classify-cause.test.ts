import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { parse } from 'csv-parse/sync'
import type { Cause, Lang } from '../../core/index.ts'
import { classifyCause, classifyCluster } from './classify-cause.ts'

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

test('ignores accents and case', () => {
  assert.equal(classifyCause('PRODUIT DEFECTUEUX', 'fr').cause, 'product_defect')
  assert.equal(classifyCause('produit défectueux', 'fr').cause, 'product_defect')
})

test('prefers the longer cue: a data leak is not a gas leak', () => {
  const result = classifyCause('fuite de données chez l’opérateur', 'fr')
  assert.equal(result.cause, 'data_breach_outage')
  assert.deepEqual(result.terms, ['fuite de donnees'])
})

test('says none, with no terms, when no cue is present', () => {
  assert.deepEqual(classifyCause('Belle journée au bord de la mer', 'fr'), {
    cause: 'none',
    confidence: 0.5,
    terms: [],
  })
  assert.equal(classifyCause('', 'en').cause, 'none')
})

test('is more confident with more evidence', () => {
  const thin = classifyCause('recall', 'en')
  const strong = classifyCause('recall of defective, contaminated batches', 'en')
  assert.ok(strong.confidence > thin.confidence)
})

test('pools the evidence of a cluster of mentions', () => {
  const result = classifyCluster(['le site ne répond plus', 'panne générale !', 'toujours en panne'])
  assert.equal(result.cause, 'data_breach_outage')
})

test('survives a 1 MB text', () => {
  assert.equal(classifyCause('usine explosion '.repeat(65_000), 'fr').cause, 'accident')
})

test('labels at least 85% of the hand-labelled crisis sentences correctly', () => {
  const rows = parse(readFileSync(new URL('./fixtures/cause-sentences.csv', import.meta.url)), {
    columns: true,
  }) as { text: string; lang: Lang; cause: Cause }[]
  const correct = rows.filter((r) => classifyCause(r.text, r.lang).cause === r.cause).length
  assert.ok(correct / rows.length >= 0.85, `${correct}/${rows.length}`)
})
