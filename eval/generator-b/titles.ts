// Titles of forum threads, Reddit posts, videos and app-store reviews. Why:
// those sources carry a short title beside the body, often naming the brand.

import type { Rng } from './rng.ts'

const TITLES: Record<string, Record<string, string[]>> = {
  fr: {
    praise: [
      "Retour d'expérience positif {brand}",
      'Agréablement surpris par {brand}',
      '{brand} : enfin satisfait',
      'Merci {brand}',
    ],
    complaint: [
      'Problème avec {brand}',
      "{brand} : ça devient n'importe quoi",
      'Réclamation {brand} sans réponse',
      'Galère {brand} depuis une semaine',
    ],
    question: [
      'Question sur {brand}',
      "{brand} : quelqu'un sait ?",
      "Besoin d'aide {brand}",
      '[Question] {brand}',
    ],
    neutral: [
      'Vos avis sur {brand} ?',
      '{brand} vs concurrence',
      'Discussion : {brand}',
      'Passage chez {brand}',
    ],
    crisis: [
      "{brand} : c'est grave ce qui se passe",
      '[URGENT] {brand}',
      'Affaire {brand} : sujet de discussion',
      '{brand} – témoignages',
    ],
    positive: ['{brand} 😍', 'Vous avez vu {brand} ?', '{brand} a fait le buzz'],
  },
  en: {
    praise: [
      'Great experience with {brand}',
      'Pleasantly surprised by {brand}',
      '{brand} finally got it right',
      'Shoutout to {brand}',
    ],
    complaint: [
      'Problem with {brand}',
      '{brand} is getting ridiculous',
      '{brand} support not answering',
      'A week of {brand} issues',
    ],
    question: [
      'Question about {brand}',
      '{brand}: does anyone know?',
      'Need help with {brand}',
      '[Question] {brand}',
    ],
    neutral: ['Thoughts on {brand}?', '{brand} vs the competition', 'Discussion: {brand}', 'Tried {brand}'],
    crisis: [
      '{brand}: what is going on',
      '[PSA] {brand}',
      '{brand} megathread',
      '{brand} – share your stories',
    ],
    positive: ['{brand} 😍', 'Did you see {brand}?', '{brand} went viral'],
  },
}

/** A title template for the given mood; the caller fills {brand}. */
export function titleTemplate(rng: Rng, lang: string, mood: string): string {
  const bank = TITLES[lang === 'fr' ? 'fr' : 'en']
  return rng.pick(bank[mood] ?? bank.neutral)
}
