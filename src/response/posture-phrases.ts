import type { CrisisType, Posture } from '../core/index.ts'

type Lang = 'fr' | 'en'

const TYPE_NAMES: Record<CrisisType, Record<Lang, string>> = {
  rumor: { en: 'a rumour', fr: 'une rumeur' },
  natural_disaster: { en: 'a natural disaster', fr: 'une catastrophe naturelle' },
  product_tampering: {
    en: 'malevolence from outside (tampering, attack)',
    fr: 'une malveillance extérieure (sabotage, attaque)',
  },
  workplace_violence: { en: 'workplace violence', fr: 'une violence sur le lieu de travail' },
  challenge: {
    en: 'a challenge of the organisation’s conduct',
    fr: 'une contestation de la conduite de l’organisation',
  },
  technical_error_accident: {
    en: 'a technical-error accident',
    fr: 'un accident dû à une défaillance technique',
  },
  technical_error_product_harm: {
    en: 'product harm from a technical error',
    fr: 'un produit nocif à cause d’une défaillance technique',
  },
  human_error_accident: {
    en: 'an accident caused by human error',
    fr: 'un accident dû à une erreur humaine',
  },
  human_error_product_harm: {
    en: 'product harm caused by human error',
    fr: 'un produit nocif à cause d’une erreur humaine',
  },
  organizational_misdeed: { en: 'an organisational misdeed', fr: 'une faute de l’organisation' },
}

export const POSTURE_NAMES: Record<Posture, Record<Lang, string>> = {
  acknowledge: { en: 'acknowledge and repair', fr: 'reconnaître et réparer' },
  counter: {
    en: 'counter-attack or shift responsibility',
    fr: 'contre-attaquer ou reporter la responsabilité',
  },
  deny: { en: 'deny or minimise', fr: 'nier ou minimiser' },
}

/** Every sentence the advice can say, in both languages; `{x}` are filled by `say`. */
const PHRASES = {
  type: {
    en: 'This is {type}: SCCT puts it in the {cluster} cluster, where stakeholders attribute {level} responsibility to the organisation.',
    fr: 'Il s’agit d’{type} : la SCCT la range dans le groupe « {cluster} », où le public attribue une responsabilité {level} à l’organisation.',
  },
  inferred: {
    en: 'The crisis type was inferred from the cause ({cause}); correct it if the facts say otherwise, the advice follows it.',
    fr: 'Le type de crise a été déduit de la cause ({cause}) ; corrigez-le si les faits disent autre chose, le conseil en dépend.',
  },
  history: {
    en: 'Intensifier: {count} earlier crisis(es). Stakeholders attribute more responsibility to an organisation with a crisis history.',
    fr: 'Facteur aggravant : {count} crise(s) antérieure(s). Le public attribue plus de responsabilité à une organisation qui a des antécédents.',
  },
  badReputation: {
    en: 'Intensifier: an unfavourable prior reputation. Stakeholders give less benefit of the doubt.',
    fr: 'Facteur aggravant : une réputation antérieure défavorable. Le public accorde moins le bénéfice du doute.',
  },
  victimsFirst: {
    en: 'People were harmed: whatever the posture, start with instructing information (what to do, what is being done) and care for them.',
    fr: 'Des personnes ont été touchées : quelle que soit la posture, commencez par les informer (que faire, ce qui est fait) et par leur témoigner votre attention.',
  },
  compensation: {
    en: 'Harm is severe and there are victims: SCCT calls for compensation whatever the crisis type.',
    fr: 'Le préjudice est grave et il y a des victimes : la SCCT recommande une compensation quel que soit le type de crise.',
  },
  why_acknowledge_preventable: {
    en: 'The crisis was preventable: only an apology, corrective action and, where due, compensation rebuild trust.',
    fr: 'La crise était évitable : seules des excuses, des mesures correctives et, si besoin, une compensation rétablissent la confiance.',
  },
  why_acknowledge_intensified: {
    en: 'With that intensifier, SCCT treats the crisis one step more severely: add an apology or compensation to the information and care.',
    fr: 'Avec ce facteur aggravant, la SCCT traite la crise un cran plus sévèrement : ajoutez des excuses ou une compensation à l’information et à l’attention portée.',
  },
  why_acknowledge_victim: {
    en: 'The organisation is itself a victim and has no aggravating history: informing, showing care and saying what is being done is enough; no apology is owed.',
    fr: 'L’organisation est elle-même victime et sans antécédent aggravant : informer, témoigner son attention et dire ce qui est fait suffit ; aucune excuse n’est due.',
  },
  why_acknowledge_true: {
    en: 'The accusation is true: this is not a rumour. Acknowledge it and say what you are correcting.',
    fr: 'L’accusation est fondée : ce n’est pas une rumeur. Reconnaissez-la et dites ce que vous corrigez.',
  },
  why_counter_victim: {
    en: 'The organisation is a victim, but its history or reputation weighs on it: add an excuse or a justification (it did not intend or control this) to the information and care, and stress that it too suffers the act.',
    fr: 'L’organisation est victime, mais ses antécédents ou sa réputation pèsent : ajoutez une excuse ou une justification (elle ne l’a ni voulu ni maîtrisé) à l’information et à l’attention portée, et rappelez qu’elle subit aussi l’acte.',
  },
  why_counter_accidental: {
    en: 'An accident with no intensifier and no severe harm: explain that it was not intended and put the damage in proportion (excuse, justification), with information and care; never attack those who complain.',
    fr: 'Un accident sans facteur aggravant ni préjudice grave : expliquez que ce n’était pas voulu et ramenez le dommage à sa juste mesure (excuse, justification), avec information et attention ; n’attaquez jamais ceux qui se plaignent.',
  },
  why_deny_false: {
    en: 'The accusation is false: SCCT keeps denial (and, against a malicious source, confronting the accuser) for rumours and unwarranted challenges. Deny with the evidence.',
    fr: 'L’accusation est fausse : la SCCT réserve le démenti (et, face à une source malveillante, la confrontation avec l’accusateur) aux rumeurs et aux contestations infondées. Démentez, preuves à l’appui.',
  },
  why_deny_unproven: {
    en: 'A rumour is best answered by a denial, but only with proof: check the facts before saying anything is false.',
    fr: 'Une rumeur se traite par un démenti, mais seulement avec des preuves : vérifiez les faits avant d’affirmer que c’est faux.',
  },
  risk_deny_preventable: {
    en: 'Denying a preventable crisis is the riskiest choice: when the facts come out, the crisis becomes one of deceit and responsibility is attributed even more strongly.',
    fr: 'Nier une crise évitable est le choix le plus risqué : quand les faits sortent, la crise devient un mensonge et la responsabilité attribuée s’alourdit encore.',
  },
  risk_deny_victims: {
    en: 'Denying or minimising while people are harmed reads as indifference to them and is contradicted by what they post.',
    fr: 'Nier ou minimiser alors que des personnes sont touchées passe pour de l’indifférence et est contredit par ce qu’elles publient.',
  },
  risk_deny_unproven: {
    en: 'Deny only what you can prove false; a denial proven wrong later costs more than the crisis.',
    fr: 'Ne niez que ce que vous pouvez prouver faux ; un démenti contredit plus tard coûte plus cher que la crise.',
  },
  risk_deny_true: {
    en: 'The accusation is true: denying it is lying.',
    fr: 'L’accusation est fondée : la nier, c’est mentir.',
  },
  risk_counter_victims: {
    en: 'Attacking the accusers or shifting the blame while people are harmed reads as blaming the victims.',
    fr: 'Attaquer les accusateurs ou reporter la faute alors que des personnes sont touchées revient à accuser les victimes.',
  },
  risk_counter_preventable: {
    en: 'Excuses and scapegoats for a preventable crisis are read as refusing responsibility.',
    fr: 'Des excuses ou un bouc émissaire pour une crise évitable sont perçus comme un refus d’assumer.',
  },
  risk_intensified: {
    en: 'With a crisis history or a poor reputation, defensive postures backfire more often.',
    fr: 'Avec des antécédents ou une mauvaise réputation, les postures défensives se retournent plus souvent contre l’organisation.',
  },
  risk_acknowledge_false: {
    en: 'Apologising for something that did not happen lends the rumour credibility and may create liability.',
    fr: 'S’excuser de ce qui n’a pas eu lieu donne du crédit à la rumeur et peut engager la responsabilité.',
  },
  fits: {
    en: 'Acceptable with these facts.',
    fr: 'Acceptable avec ces faits.',
  },
  chosen: {
    en: 'You chose “{posture}”, which is {risk} risk here:',
    fr: 'Vous avez choisi « {posture} », un choix à risque {risk} ici :',
  },
  consistency: {
    en: 'Keep one posture: denying first and apologising later (or the reverse) destroys credibility.',
    fr: 'Tenez une seule posture : nier puis s’excuser (ou l’inverse) ruine la crédibilité.',
  },
} as const satisfies Record<string, Record<Lang, string>>

export type PhraseKey = keyof typeof PHRASES

const CLUSTER_NAMES = {
  victim: { en: ['victim', 'weak'], fr: ['victime', 'faible'] },
  accidental: { en: ['accidental', 'minimal'], fr: ['accidentel', 'limitée'] },
  preventable: { en: ['preventable', 'strong'], fr: ['évitable', 'forte'] },
} as const

const RISK_NAMES = {
  low: { en: 'low', fr: 'faible' },
  medium: { en: 'medium', fr: 'moyen' },
  high: { en: 'high', fr: 'élevé' },
}

/** A sentence in the language, with its `{x}` filled. */
export const say = (lang: Lang, key: PhraseKey, values: Record<string, string | number> = {}): string =>
  PHRASES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))

export const typeName = (type: CrisisType, lang: Lang) => TYPE_NAMES[type][lang]
export const clusterWords = (cluster: keyof typeof CLUSTER_NAMES, lang: Lang) => CLUSTER_NAMES[cluster][lang]
export const riskName = (risk: keyof typeof RISK_NAMES, lang: Lang) => RISK_NAMES[risk][lang]
