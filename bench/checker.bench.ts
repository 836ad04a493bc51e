/**
 * Pre-publication checks per second of CPU time on one core: `checkPost` with a workspace's confidential
 * terms over ~20,000 generated French and English brand drafts (a third risky: phone numbers, e-mails,
 * insults in disguise, embargo markers, code names). The baseline, in the same run, is the analysis the
 * checker reuses for its tone check (language + sentiment + emotions on the same drafts). Target ≥ 5,000.
 */
import { analyzeText } from '../src/analysis/index.ts'
import { checkPost } from '../src/prevention/index.ts'
import { createRandom } from '../src/simulation/index.ts'
import type { BenchRow } from './row.ts'

const DRAFTS = 20_000
const TERMS = ['Projet Héron', 'X-200', 'Falcon', 'Opération Marée Haute']

const DRAFTS_BY_LANG = {
  fr: {
    safe: [
      'Notre nouvelle collection arrive en boutique jeudi, venez la découvrir !',
      'Merci pour votre message, nous revenons vers vous très vite en privé.',
      'Rappel produit : le lot 2024-118 est à rapporter en magasin pour un remboursement.',
      'Vos données restent confidentielles et ne sont jamais revendues.',
      'Prix : 4,99 € le kilo, 12,50 € la barquette. Bon week-end à tous !',
    ],
    risky: [
      'Appelez Julie au 06 12 34 56 78 pour le remboursement.',
      'Franchement quel c0nnard ce client, allez voir ailleurs.',
      'Sous embargo jusqu’à jeudi : le Projet Héron arrive !',
      'Séisme au Japon : profitez de -20 % sur nos lampes torches !',
      'Superbe photo trouvée sur Pinterest pour notre campagne.',
    ],
  },
  en: {
    safe: [
      'Our spring range is in stores on Thursday: come and see it!',
      'Thanks for reaching out, our team will reply privately within the hour.',
      'We are deeply sorry for yesterday’s outage; here is what happened and what we changed.',
    ],
    risky: [
      'Contact our customer at jane.doe@gmail.com about her order.',
      'INTERNAL ONLY: the Falcon launch slides, do not share.',
      'Ok boomer, even a child would understand the manual 🤡',
    ],
  },
} as const
const TAILS = ['', ' #nouveauté', ' 🙏', ' https://t.co/aBc123', ' @support', ' !!']

const generate = (count: number): { text: string; lang: 'fr' | 'en' }[] => {
  const random = createRandom('checker-bench')
  const pick = <T>(list: readonly T[]) => list[Math.floor(random.next() * list.length)]!
  return Array.from({ length: count }, (_, i) => {
    const lang = random.next() < 0.5 ? 'fr' : 'en'
    const body = pick(random.next() < 1 / 3 ? DRAFTS_BY_LANG[lang].risky : DRAFTS_BY_LANG[lang].safe)
    // a number makes each draft distinct: the language detector keeps recent texts, repeats would hit it
    return { text: `${body}${pick(TAILS)} (${i})`, lang }
  })
}

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

const perSecond = (texts: readonly string[], run: (text: string) => number): number => {
  const warm = Math.floor(texts.length / 10)
  let sink = 0
  for (let i = 0; i < warm; i++) sink += run(texts[i]!)
  const start = cpuSeconds()
  for (let i = warm; i < texts.length; i++) sink += run(texts[i]!)
  const seconds = cpuSeconds() - start
  if (Number.isNaN(sink)) console.log(sink)
  return (texts.length - warm) / seconds
}

export default async (): Promise<BenchRow[]> => {
  const drafts = generate(DRAFTS)
  const context = { confidentialTerms: TERMS }
  const texts = drafts.map((d) => d.text)
  const checks = perSecond(texts, (text) => checkPost({ text }, context).length)
  // the same drafts, changed by a space or two: the language detector keeps recent texts, repeats would hit it
  const langOf = new Map(drafts.map((d) => [`${d.text} `, d.lang]))
  const known = perSecond(
    [...langOf.keys()],
    (text) => checkPost({ text, lang: langOf.get(text) }, context).length,
  )
  const analysis = perSecond(
    texts.map((t) => `${t}  `),
    (t) => analyzeText(t, 'auto').sentiment.score,
  )
  const baseline = { name: 'language + sentiment + emotions', value: analysis }
  return [
    { name: 'checks (language detected), target ≥ 5,000', unit: 'checks/cpu-s', value: checks, baseline },
    { name: 'checks (language given)', unit: 'checks/cpu-s', value: known, baseline },
  ]
}
