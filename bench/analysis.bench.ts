/**
 * Text analysis throughput on one core: language detection + sentiment + emotions per text, as the pipeline
 * and `vigie analyze` run them, over ~40,000 generated French and English posts (emoji, URLs, handles, caps,
 * negations). The npm baselines `sentiment` (AFINN) and `vader-sentiment` score the same texts in the same
 * run; they do sentiment only and English only, so the ratio against them is a lower bound.
 */
import { createRequire } from 'node:module'
import { eld } from 'eld/small'
import Sentiment from 'sentiment'
import {
  analyzeText,
  createLexiconEmotions,
  createLexiconSentiment,
  detectLang,
} from '../src/analysis/index.ts'
import { createRandom } from '../src/simulation/index.ts'
import type { BenchRow } from './row.ts'

const TEXTS = 40_000

type Vader = { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } }
const vader = createRequire(import.meta.url)('vader-sentiment') as Vader

const FR = {
  opens: ['', '@Orange_FR ', 'Franchement ', 'Encore une fois, ', 'Bon, ', 'Alors là ', '#fail '],
  subjects: [
    'le service client',
    'la livraison',
    'ma box',
    "l'appli",
    'le nouveau forfait',
    'ce produit',
    'la fibre',
  ],
  verdicts: [
    'est vraiment nul',
    "n'est pas terrible",
    'est trooop bien',
    'marche enfin',
    'ne marche plus depuis hier',
    'est au top',
    "m'a déçu",
    'est correct sans plus',
    'est une arnaque',
    "j'adore",
  ],
  tails: [
    '',
    ' 😡😡',
    ' 😍',
    ' !!',
    ' https://t.co/aBc123',
    ', je ne recommande pas',
    ' mais le prix est bon',
    ' merci 🙏',
    ' #scandale',
  ],
}
const EN = {
  opens: ['', '@OrangeUK ', 'Honestly ', 'Wow, ', 'Ugh, ', 'Update: ', 'lol '],
  subjects: [
    'customer service',
    'the delivery',
    'my router',
    'the app',
    'the new plan',
    'this phone',
    'the network',
  ],
  verdicts: [
    'is really bad',
    'is not great',
    'is sooo good',
    'finally works',
    'has been down since yesterday',
    'is AMAZING',
    'was a huge disappointment',
    'is fine I guess',
    'is a total scam',
    'is the best',
  ],
  tails: [
    '',
    ' 😡😡',
    ' 😍',
    ' !!',
    ' https://t.co/xYz789',
    ", I don't recommend it",
    ' but the price is good',
    ' thanks 🙏',
    ' #fail',
  ],
}

/** Posts in one language, or (`mixed`) a French sentence then an English one, which only eld can settle. */
const generateTexts = (count: number, mixed = false): string[] => {
  const random = createRandom(20_261_125).next
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const sentence = (parts: typeof FR) =>
    `${pick(parts.opens)}${pick(parts.subjects)} ${pick(parts.verdicts)}${pick(parts.tails)}`
  return Array.from({ length: count }, () => {
    if (mixed) return `${sentence(FR)}. ${sentence(EN)}`
    const parts = random() < 0.5 ? FR : EN
    return Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentence(parts)).join('. ')
  })
}

const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/**
 * Texts per second of this process's CPU time (one core: the work is synchronous), once each after
 * a warm-up; CPU time rather than wall time because the bench machine is shared and wall time counts waiting.
 */
const textsPerSecond = (texts: readonly string[], scoreOne: (text: string) => number): number => {
  // warm up on the first tenth, then score every other text once: the analysis keeps results for recent
  // texts (reshares repeat them), and scoring the same texts again would only measure that cache
  const warm = Math.floor(texts.length / 10)
  let sink = 0
  for (let i = 0; i < warm; i++) sink += scoreOne(texts[i]!)
  const start = cpuSeconds()
  for (let i = warm; i < texts.length; i++) sink += scoreOne(texts[i]!)
  const seconds = cpuSeconds() - start
  if (Number.isNaN(sink)) console.log(sink) // keeps the work observable
  return (texts.length - warm) / seconds
}

export default async (): Promise<BenchRow[]> => {
  const texts = generateTexts(TEXTS)
  const loadStart = process.hrtime.bigint()
  analyzeText('warm up the lexicons and eld', 'auto')
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6

  const sentiment = createLexiconSentiment()
  const emotions = createLexiconEmotions()
  const full = textsPerSecond(texts, (t) => {
    const r = analyzeText(t, 'auto')
    return r.sentiment.score + r.emotions.anger
  })
  const mixed = textsPerSecond(generateTexts(TEXTS, true), (t) => analyzeText(t, 'auto').sentiment.score)
  const givenLang = textsPerSecond(texts, (t) => {
    const lang = t.charCodeAt(0) % 2 === 0 ? 'fr' : 'en'
    return sentiment.score(t, lang).score + emotions.score(t, lang).joy
  })
  const langOnly = textsPerSecond(texts, (t) => detectLang(t).length)
  const eldOnly = textsPerSecond(texts, (t) => eld.detect(t).language.length)
  const afinn = new Sentiment()
  const afinnRate = textsPerSecond(texts, (t) => afinn.analyze(t).score)
  const vaderRate = textsPerSecond(texts, (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound)

  const afinnBaseline = { name: 'npm sentiment (AFINN), sentiment only', value: afinnRate }
  const vaderBaseline = { name: 'npm vader-sentiment, sentiment only', value: vaderRate }
  return [
    { name: 'language + sentiment + emotions', unit: 'texts/cpu-s', value: full, baseline: afinnBaseline },
    { name: 'language + sentiment + emotions', unit: 'texts/cpu-s', value: full, baseline: vaderBaseline },
    {
      name: 'language + sentiment + emotions, mixed fr+en posts (all through eld)',
      unit: 'texts/cpu-s',
      value: mixed,
      baseline: vaderBaseline,
    },
    {
      name: 'sentiment + emotions, language given',
      unit: 'texts/cpu-s',
      value: givenLang,
      baseline: vaderBaseline,
    },
    {
      name: 'language detection (function-word vote, then eld)',
      unit: 'texts/cpu-s',
      value: langOnly,
      baseline: { name: 'eld small on every text', value: eldOnly },
    },
    { name: 'first call: load lexicons and eld', unit: 'ms', value: loadMs },
  ]
}
