/**
 * Brand and customer-service sentiment rows (scripts/train/read-brand.ts) from the public datasets, and
 * their fixed split: duplicates (same normalised text) dropped, then per source and label a seeded shuffle
 * cut 60 / 20 / 20 into train / dev / test.
 */
import { z } from 'zod'
import { textKey } from '../../src/analysis/models/normalise-text.ts'
import type { BrandRow } from '../train/read-brand.ts'
import { createRandom, shuffle } from '../train/split.ts'
import { csvRecords } from './csv.ts'

export type Label = BrandRow['label']
export interface Labelled {
  text: string
  label: Label
  source: string
}

export const BRAND_SEED = 20261206
export const SXSW_NEUTRAL_CAP = 2500
/** Cdiscount reviews kept per label (seeded sample of the distinct texts): enough for ≥ 1,500 French rows a label. */
export const CDISCOUNT_PER_LABEL = 2000

/** Appends to the list under `key` in place (copying the list at each row made the rebuild quadratic). */
const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The documented star rule of the review sources: 1–2 negative, 3 neutral, 4–5 positive, anything else none. */
export const starLabel = (stars: number): Label | undefined =>
  stars === 1 || stars === 2
    ? 'negative'
    : stars === 3
      ? 'neutral'
      : stars === 4 || stars === 5
        ? 'positive'
        : undefined

/** Sanders `Topic,Sentiment,TweetId,TweetDate,TweetText`; "irrelevant" rows dropped. */
export const sandersRows = (csv: string): Labelled[] =>
  csvRecords(csv).flatMap((r) => {
    const label = r.Sentiment as Label | 'irrelevant'
    return label === 'positive' || label === 'negative' || label === 'neutral'
      ? [{ text: r.TweetText ?? '', label, source: 'sanders' }]
      : []
  })

const SXSW_LABELS: Record<string, Label> = {
  'Positive emotion': 'positive',
  'Negative emotion': 'negative',
  'No emotion toward brand or product': 'neutral',
}

/** CrowdFlower SXSW brands: "I can't tell" dropped, neutral sampled down to SXSW_NEUTRAL_CAP (seeded). */
export const sxswRows = (csv: string): Labelled[] => {
  const rows = csvRecords(csv).flatMap((r) => {
    const label = SXSW_LABELS[r.is_there_an_emotion_directed_at_a_brand_or_product ?? '']
    const text = r.tweet_text ?? ''
    return label && text.trim() ? [{ text, label, source: 'crowdflower-sxsw' }] : []
  })
  const neutral = shuffle(
    rows.filter((r) => r.label === 'neutral'),
    createRandom(BRAND_SEED - 1),
  ).slice(0, SXSW_NEUTRAL_CAP)
  const kept = new Set(neutral)
  return rows.filter((r) => r.label !== 'neutral' || kept.has(r))
}

/** Financial PhraseBank `sentence@label` lines. */
export const phrasebankRows = (text: string): Labelled[] =>
  text.split(/\r?\n/).flatMap((line) => {
    const at = line.lastIndexOf('@')
    const label = line.slice(at + 1).trim()
    return at > 0 && (label === 'positive' || label === 'negative' || label === 'neutral')
      ? [{ text: line.slice(0, at).trim(), label: label as Label, source: 'financial-phrasebank-allagree' }]
      : []
  })

/** Trustpilot `review,rating,…`: 1–2 stars negative, 4–5 positive, 3 dropped (no reliable neutral). */
export const trustpilotRows = (csv: string): Labelled[] =>
  csvRecords(csv).flatMap((r) => {
    const stars = Number(r.rating)
    const label: Label | undefined =
      stars <= 2 && stars >= 1 ? 'negative' : stars >= 4 ? 'positive' : undefined
    return label && r.review?.trim() ? [{ text: r.review.trim(), label, source: 'trustpilot-fr' }] : []
  })

/**
 * Cdiscount's French Trustpilot reviews (`Author,Content,Date,Note,…`, one CSV a page range): star rule of
 * `starLabel`, empty reviews dropped, the first of identical texts kept (files in the order given), then at
 * most CDISCOUNT_PER_LABEL a label, a seeded sample.
 */
export const cdiscountRows = (csvs: readonly string[]): Labelled[] => {
  const seen = new Set<string>()
  const byLabel = new Map<Label, Labelled[]>()
  for (const csv of csvs)
    for (const r of csvRecords(csv)) {
      const text = (r.Content ?? '').trim()
      const label = starLabel(Number(r.Note))
      if (!text || !label || seen.has(textKey(text))) continue
      seen.add(textKey(text))
      pushTo(byLabel, label, { text, label, source: 'trustpilot-retail-cdiscount-fr' })
    }
  const random = createRandom(BRAND_SEED - 2)
  return (['negative', 'neutral', 'positive'] as const).flatMap((label) =>
    shuffle([...(byLabel.get(label) ?? [])], random).slice(0, CDISCOUNT_PER_LABEL),
  )
}

const KeytradeReview = z.object({ text: z.string(), rating: z.number(), language: z.string().nullable() })

/** Keytrade Bank's Trustpilot reviews (a JSON array of Trustpilot review objects) in one language, star rule of `starLabel`. */
export const keytradeRows = (json: string, lang: 'fr' | 'en'): Labelled[] =>
  z
    .array(KeytradeReview.passthrough())
    .parse(JSON.parse(json))
    .flatMap((r) => {
      const label = starLabel(r.rating)
      const text = r.text.trim()
      return r.language === lang && label && text
        ? [{ text, label, source: `trustpilot-keytrade-${lang}` }]
        : []
    })

/** Longest review kept from the English review sources: a tweet's length, so that reviews read like posts. */
export const SHORT_REVIEW_CHARS = 280
/** English star-rated reviews kept per label and source (seeded sample of the short distinct texts). */
export const EN_REVIEWS_PER_LABEL = 2000

/**
 * Star-rated English reviews (one CSV or several, in the order given): star rule of `starLabel`, texts of
 * at most SHORT_REVIEW_CHARS characters only (longer ones dropped, not cut), the first of identical texts
 * kept, then at most EN_REVIEWS_PER_LABEL a label, a seeded sample.
 */
const shortStarRows = (
  csvs: readonly string[],
  fields: { text: string; stars: string },
  source: string,
  seed: number,
): Labelled[] => {
  const seen = new Set<string>()
  const byLabel = new Map<Label, Labelled[]>()
  for (const csv of csvs)
    for (const r of csvRecords(csv)) {
      const text = (r[fields.text] ?? '').trim()
      const label = starLabel(Number(r[fields.stars]))
      if (!text || !label || text.length > SHORT_REVIEW_CHARS || seen.has(textKey(text))) continue
      seen.add(textKey(text))
      pushTo(byLabel, label, { text, label, source })
    }
  const random = createRandom(seed)
  return (['negative', 'neutral', 'positive'] as const).flatMap((label) =>
    shuffle([...(byLabel.get(label) ?? [])], random).slice(0, EN_REVIEWS_PER_LABEL),
  )
}

/** Pet insurers' English Trustpilot reviews (`id,filtered,pending,text,rating,title,…`, one CSV an insurer). */
export const petInsuranceRows = (csvs: readonly string[]): Labelled[] =>
  shortStarRows(csvs, { text: 'text', stars: 'rating' }, 'trustpilot-pet-insurance-en', BRAND_SEED - 3)

/**
 * Rogers and Bell (Canadian telecom operators) app reviews: the App Store file (`title,text,rating,…`) then
 * the customer-support file (`id,app,platform,rating,date,content,…`, App Store and Google Play).
 */
export const telecomAppRows = (appStoreCsv: string, supportCsv: string): Labelled[] => {
  const source = 'user-reviews-telecom-apps-en'
  const both = [
    ...shortStarRows([appStoreCsv], { text: 'text', stars: 'rating' }, source, BRAND_SEED - 4),
    ...shortStarRows([supportCsv], { text: 'content', stars: 'rating' }, source, BRAND_SEED - 5),
  ]
  const seen = new Set<string>()
  return both.filter((r) => !seen.has(textKey(r.text)) && seen.add(textKey(r.text)))
}

/**
 * Public rows with their split; the first row of each normalised text wins, in the order given. The strata
 * (source/label) are cut in sorted order from one seeded generator: a source added later must be given
 * after the older ones and sort after them, so that their rows keep their split.
 */
export const assignBrandSplits = (rows: readonly Labelled[]): BrandRow[] => {
  const seen = new Set<string>()
  const strata = new Map<string, Labelled[]>()
  for (const r of rows) {
    const key = textKey(r.text)
    if (seen.has(key)) continue
    seen.add(key)
    const stratum = `${r.source}/${r.label}`
    pushTo(strata, stratum, r)
  }
  const out: BrandRow[] = []
  const random = createRandom(BRAND_SEED)
  for (const stratum of [...strata.keys()].sort()) {
    const list = shuffle([...strata.get(stratum)!], random)
    const trainEnd = Math.round(list.length * 0.6)
    const devEnd = Math.round(list.length * 0.8)
    list.forEach((r, i) => {
      const split = i < trainEnd ? 'train' : i < devEnd ? 'dev' : 'test'
      out.push({ ...r, origin: 'public', split })
    })
  }
  return out
}
