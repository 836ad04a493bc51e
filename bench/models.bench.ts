/**
 * Throughput of the trained linear models on one core (texts per CPU-second, synchronous work), over
 * ~40,000 generated French and English posts: sentiment + emotions with the language given, and with
 * language detection (the pipeline's detectLang) in front. The npm baselines `sentiment` (AFINN) and
 * `vader-sentiment` score the same texts in the same run (sentiment only, English only).
 */
import { createRequire } from 'node:module'
import Sentiment from 'sentiment'
import { detectLang } from '../src/analysis/index.ts'
import { createLinearEmotions, createLinearSentiment } from '../src/analysis/models/index.ts'
import { createRandom } from '../src/simulation/index.ts'
import type { BenchRow } from './row.ts'

const TEXTS = 40_000

type Vader = { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } }
const vader = createRequire(import.meta.url)('vader-sentiment') as Vader

const PARTS = {
  fr: [
    ['', '@SNCF ', 'Franchement ', 'Génial, ', 'Bon, ', '#panne '],
    ['le train', 'mon colis', "l'appli", 'la fibre', 'le service client', 'ce produit'],
    [
      "n'est pas à l'heure",
      'est au top',
      "m'a vraiment déçu",
      'marche enfin',
      'est en panne ENCORE',
      "j'adore",
    ],
    ['', ' 😡', ' 😍😍', ' !!', ' https://t.co/a1', ' 🙄', ', je ne recommande pas', ' merci'],
  ],
  en: [
    ['', '@Acme ', 'Honestly ', 'Great, ', 'Ugh, ', 'lol '],
    ['the train', 'my parcel', 'the app', 'the network', 'customer service', 'this phone'],
    ['is not bad', 'is sooo good', 'was a huge letdown', 'finally works', 'is down AGAIN', 'is the best'],
    ['', ' 😡', ' 😍😍', ' !!', ' https://t.co/b2', ' 🙄', ", I don't recommend it", ' thanks'],
  ],
} as const

const generateTexts = (count: number): { text: string; lang: 'fr' | 'en' }[] => {
  const random = createRandom(42).next
  const pick = (items: readonly string[]) => items[Math.floor(random() * items.length)]!
  return Array.from({ length: count }, () => {
    const lang = random() < 0.5 ? 'fr' : 'en'
    const sentences = 1 + Math.floor(random() * 3)
    const text = Array.from({ length: sentences }, () => PARTS[lang].map(pick).join(' ')).join('. ')
    return { text, lang }
  })
}

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

/** CPU time, not wall time: the bench machine is shared and wall time would count waiting. */
const textsPerSecond = <T>(items: readonly T[], scoreOne: (item: T) => number): number => {
  // warm up on the first tenth, then score every other text once: the models keep results for recent texts
  // (reshares repeat them), and scoring the same texts again would only measure that cache
  const warm = Math.floor(items.length / 10)
  let sink = 0
  for (let i = 0; i < warm; i++) sink += scoreOne(items[i]!)
  const start = cpuSeconds()
  for (let i = warm; i < items.length; i++) sink += scoreOne(items[i]!)
  const seconds = cpuSeconds() - start
  if (Number.isNaN(sink)) console.log(sink) // keeps the work observable
  return (items.length - warm) / seconds
}

export default async (): Promise<BenchRow[]> => {
  const items = generateTexts(TEXTS)
  const loadStart = process.hrtime.bigint()
  const sentiment = createLinearSentiment()
  const emotions = createLinearEmotions()
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6

  const both = textsPerSecond(
    items,
    ({ text, lang }) => sentiment.score(text, lang).score + emotions.score(text, lang).joy,
  )
  const withLang = textsPerSecond(items, ({ text }) => {
    const lang = detectLang(text)
    return sentiment.score(text, lang).score + emotions.score(text, lang).anger
  })
  const sentimentOnly = textsPerSecond(items, ({ text, lang }) => sentiment.score(text, lang).score)
  const afinn = new Sentiment()
  const afinnBaseline = {
    name: 'npm sentiment (AFINN), sentiment only',
    value: textsPerSecond(items, ({ text }) => afinn.analyze(text).score),
  }
  const vaderBaseline = {
    name: 'npm vader-sentiment, sentiment only',
    value: textsPerSecond(
      items,
      ({ text }) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound,
    ),
  }
  return [
    {
      name: 'linear sentiment + emotions, language given',
      unit: 'texts/cpu-s',
      value: both,
      baseline: afinnBaseline,
    },
    {
      name: 'linear sentiment + emotions, language given',
      unit: 'texts/cpu-s',
      value: both,
      baseline: vaderBaseline,
    },
    {
      name: 'language + linear sentiment + emotions',
      unit: 'texts/cpu-s',
      value: withLang,
      baseline: vaderBaseline,
    },
    { name: 'linear sentiment only', unit: 'texts/cpu-s', value: sentimentOnly, baseline: afinnBaseline },
    { name: 'first call: load the model files', unit: 'ms', value: loadMs },
  ]
}
