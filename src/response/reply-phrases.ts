import type { Audience, Posture } from '../core/index.ts'

type Lang = 'fr' | 'en'

/** What a phrase is filled from: the brand's name and the incident's title as the team wrote it. */
export interface PhraseFacts {
  brand: string
  issue: string
  /** people were hurt or lost something: the reply speaks of repair */
  victims: boolean
  /** today's date, written out in the reply's language */
  date: string
}

/**
 * A sentence of a reply; `optional` ones are dropped first when a short post must fit its network's
 * length. Text between `[to fill: …]` / `[à compléter : …]` is for the team to write: a draft holding one
 * cannot be submitted.
 */
export interface Sentence {
  text: string
  optional?: boolean
}

type Phrase = (f: PhraseFacts) => Sentence[]

export const PLACEHOLDER = /\[(?:to fill|à compléter) ?:[^\]]*\]/g

const fill: Record<Lang, (what: string) => string> = {
  en: (what) => `[to fill: ${what}]`,
  fr: (what) => `[à compléter : ${what}]`,
}

const quote: Record<Lang, (s: string) => string> = { en: (s) => `“${s}”`, fr: (s) => `« ${s} »` }

const SPOKESPEOPLE: readonly Audience[] = ['press', 'investors', 'authorities']

/** The body of a reply: what it says, by posture, for one audience, in one language. */
const BODY: Record<Lang, Record<Posture, (a: Audience) => Phrase>> = {
  en: {
    acknowledge: (a) => (f) => {
      const q = quote.en(f.issue)
      const opening: Sentence =
        a === 'harmed'
          ? { text: `To everyone affected by ${q}: we are sorry, and we take full responsibility.` }
          : a === 'employees'
            ? {
                text: `As you may have seen, ${f.brand} is facing ${q}. We got it wrong, and we are saying so publicly.`,
              }
            : SPOKESPEOPLE.includes(a)
              ? { text: `${f.brand} acknowledges ${q} and apologises to everyone affected.` }
              : { text: `Many of you are affected by ${q}, and we are sorry.` }
      const action: Sentence = {
        text: `Our teams are ${fill.en('what is being done')}; next update ${fill.en('when')}.`,
      }
      const repair: Sentence[] = f.victims
        ? [
            {
              text: `Everyone affected will be contacted and ${fill.en('the repair or compensation')}.`,
              optional: a !== 'harmed',
            },
          ]
        : []
      const extra: Sentence[] =
        a === 'authorities'
          ? [{ text: `We are working with ${fill.en('the authority')} and will share all it needs.` }]
          : a === 'investors'
            ? [{ text: 'We are assessing the impact and will inform the market as required.' }]
            : a === 'press'
              ? [{ text: `${fill.en('spokesperson')} is available for interviews.`, optional: true }]
              : []
      return [opening, action, ...repair, ...extra]
    },
    counter: (a) => (f) => {
      const q = quote.en(f.issue)
      return [
        {
          text:
            a === 'employees'
              ? `Claims are circulating about ${q}. They are not accurate, and we are answering them.`
              : `What is being said about ${q} is not accurate.`,
        },
        { text: `The facts: ${fill.en('the facts and their proof')}.` },
        {
          text: `${f.brand} will not let false claims about its teams go unanswered.`,
          optional: a !== 'press',
        },
      ]
    },
    deny: (a) => (f) => {
      const q = quote.en(f.issue)
      return [
        {
          text:
            a === 'employees'
              ? `You may have seen posts about ${q}. We checked: ${fill.en('what was checked')}.`
              : `We have seen the posts about ${q}. We checked: ${fill.en('what was checked')}.`,
        },
        { text: `${fill.en('the fact that settles it')}.` },
        { text: 'We remain attentive and will say so if anything changes.', optional: true },
      ]
    },
  },
  fr: {
    acknowledge: (a) => (f) => {
      const q = quote.fr(f.issue)
      const opening: Sentence =
        a === 'harmed'
          ? {
              text: `À toutes les personnes touchées par ${q} : nous vous présentons nos excuses et nous assumons notre responsabilité.`,
            }
          : a === 'employees'
            ? {
                text: `Vous l’avez peut-être vu : ${f.brand} fait face à ${q}. Nous nous sommes trompés et nous le disons publiquement.`,
              }
            : SPOKESPEOPLE.includes(a)
              ? { text: `${f.brand} reconnaît ${q} et présente ses excuses aux personnes concernées.` }
              : { text: `Vous êtes nombreux à subir ${q} et nous en sommes sincèrement désolés.` }
      const action: Sentence = {
        text: `Nos équipes ${fill.fr('ce qui est fait')} ; prochain point ${fill.fr('quand')}.`,
      }
      const repair: Sentence[] = f.victims
        ? [
            {
              text: `Chaque personne touchée sera contactée et ${fill.fr('la réparation ou le dédommagement')}.`,
              optional: a !== 'harmed',
            },
          ]
        : []
      const extra: Sentence[] =
        a === 'authorities'
          ? [
              {
                text: `Nous travaillons avec ${fill.fr('l’autorité')} et lui transmettrons tout ce dont elle a besoin.`,
              },
            ]
          : a === 'investors'
            ? [{ text: 'Nous évaluons l’impact et informerons le marché comme il se doit.' }]
            : a === 'press'
              ? [{ text: `${fill.fr('porte-parole')} se tient à votre disposition.`, optional: true }]
              : []
      return [opening, action, ...repair, ...extra]
    },
    counter: (a) => (f) => {
      const q = quote.fr(f.issue)
      return [
        {
          text:
            a === 'employees'
              ? `Des affirmations circulent au sujet de ${q}. Elles sont inexactes et nous y répondons.`
              : `Ce qui se dit au sujet de ${q} est inexact.`,
        },
        { text: `Les faits : ${fill.fr('les faits et leurs preuves')}.` },
        {
          text: `${f.brand} ne laissera pas sans réponse des accusations fausses contre ses équipes.`,
          optional: a !== 'press',
        },
      ]
    },
    deny: (a) => (f) => {
      const q = quote.fr(f.issue)
      return [
        {
          text:
            a === 'employees'
              ? `Vous avez peut-être vu passer des messages sur ${q}. Nous avons vérifié : ${fill.fr('ce qui a été vérifié')}.`
              : `Nous avons vu les messages au sujet de ${q}. Nous avons vérifié : ${fill.fr('ce qui a été vérifié')}.`,
        },
        { text: `${fill.fr('le fait qui tranche')}.` },
        { text: 'Nous restons attentifs et le dirons si quoi que ce soit change.', optional: true },
      ]
    },
  },
}

export const bodyOf = (lang: Lang, posture: Posture, audience: Audience, facts: PhraseFacts): Sentence[] =>
  BODY[lang][posture](audience)(facts)

/** The frame each channel puts around the body. */
export const FRAME = {
  en: {
    pressHeader: (f: PhraseFacts) => `${f.brand}: statement, ${f.date}`,
    pressContact: `Press contact: ${fill.en('name, phone, e-mail')}`,
    internalGreeting: 'To all teams,',
    internalGuidance: `If you are asked about it, please do not answer on your own account or on social networks: send the question to ${fill.en('contact')}.`,
    internalSignature: fill.en('signature'),
    privateGreeting: `Hello ${fill.en('name')},`,
    privateAsk: 'Could you send us your details in a private message so that we can look into your case?',
    privateSignature: (f: PhraseFacts) => `The ${f.brand} team`,
    more: `More: ${fill.en('link')}`,
  },
  fr: {
    pressHeader: (f: PhraseFacts) => `${f.brand} : déclaration du ${f.date}`,
    pressContact: `Contact presse : ${fill.fr('nom, téléphone, e-mail')}`,
    internalGreeting: 'À toutes les équipes,',
    internalGuidance: `Si l’on vous interroge, merci de ne pas répondre en votre nom ni sur les réseaux sociaux : transmettez la question à ${fill.fr('contact')}.`,
    internalSignature: fill.fr('signature'),
    privateGreeting: `Bonjour ${fill.fr('prénom')},`,
    privateAsk:
      'Pourriez-vous nous écrire en message privé avec vos coordonnées pour que nous regardions votre situation ?',
    privateSignature: (f: PhraseFacts) => `L’équipe ${f.brand}`,
    more: `En savoir plus : ${fill.fr('lien')}`,
  },
} as const
