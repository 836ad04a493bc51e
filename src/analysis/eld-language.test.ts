import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { eld } from 'eld/small'
import { eldConfidentLanguage } from './eld-language.ts'

/** What detect-language asked eld before: its answer when reliable and ahead of the runner-up by `margin`. */
const viaEld = (text: string, margin: number): string | undefined => {
  const result = eld.detect(text)
  if (!result.language || !result.isReliable()) return undefined
  const [first = 0, second = 0] = Object.values(result.getScores())
  return first - second >= margin ? result.language : undefined
}

const SENTENCES = [
  'Le service client est vraiment nul, je suis très déçu',
  'The customer service is awful, I will never buy from them again',
  'Muy mal servicio, nunca más vuelvo a comprar aquí',
  'Ich bin sehr enttäuscht von diesem Produkt und dem Kundendienst',
  'Il servizio clienti è pessimo, non lo consiglio',
  'O serviço é péssimo, nunca mais compro nesta loja',
  'Het netwerk ligt er weer uit, wat een slechte service',
  'Obsługa klienta jest fatalna, nigdy więcej',
  'Сервис ужасный, больше никогда не куплю',
  '服务太差了，再也不买了',
  'サービスが最悪です、二度と買いません',
  'خدمة العملاء سيئة جدا',
  "don't stop believin' y'all, it's fine",
  'ça ne marche plus depuis ce matin 😡😡',
  'Facture de 24,99€ en plus ce mois-ci sans explication… merci',
  'Comparing Télécomète and Nébula Mobile plans, any thoughts?',
  'ok',
  'a b',
  'abc',
  '',
  '🙂🙂🙂 !!! ???',
  'x'.repeat(1500),
  `${'mot '.repeat(120)}fin`,
  `${'q'.repeat(90)} long words ${'é'.repeat(80)}`,
]

const fixtureTexts = readFileSync(new URL('./fixtures/mentions.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { title?: string; text: string })
  .flatMap((m) => (m.title ? [m.title, m.text] : [m.text]))

test('answers exactly as eld.detect with isReliable() and getScores() would', () => {
  const texts = [...SENTENCES, ...fixtureTexts]
  // mixed pairs and cut-offs give many borderline scores
  for (const a of SENTENCES) for (const b of SENTENCES.slice(0, 8)) texts.push(`${a} ${b}`)
  for (const text of [...texts]) for (let cut = 3; cut < text.length; cut += 7) texts.push(text.slice(0, cut))
  for (const text of texts)
    for (const margin of [0, 0.03, 0.2])
      assert.equal(eldConfidentLanguage(text, margin), viaEld(text, margin), text)
})
