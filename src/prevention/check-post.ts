import { detectLang, type SentimentModel } from '../analysis/index.ts'
import type { CharterClause, CheckKind, Flag, Lang } from '../core/index.ts'
import { DEFAULT_CHARTER } from './default-charter.ts'
import { abuseMatcher, findAbuse } from './find-abuse.ts'
import { findAddresses } from './find-address.ts'
import { findConfidential } from './find-confidential.ts'
import { findEmails, findPhones } from './find-contact-data.ts'
import { findContempt } from './find-contempt.ts'
import { findCopyright, ownOrCredited } from './find-copyright.ts'
import { type ActiveIncident, findCrisisEcho } from './find-crisis-echo.ts'
import { findHarshTone } from './find-harsh-tone.ts'
import { findIdentityData } from './find-identity-data.ts'
import { findInternalLinks } from './find-internal-links.ts'
import { findPaymentData } from './find-payment-data.ts'
import { findSarcasm } from './find-sarcasm.ts'
import { findSensitiveData, findShownDetails } from './find-sensitive-data.ts'
import { findSensitiveTopics, misuseCue } from './find-sensitive-topics.ts'
import type { Finding } from './finding.ts'
import { findLearnedTone, type LearnedKind, loadToneModel, type ToneModel } from './learned-tone.ts'
import { MESSAGES } from './messages.ts'
import { isPrivateReply, spareComplainantData } from './private-reply.ts'
import { spareQuotedComplaint } from './quoted-complaint.ts'
import { sentenceOf } from './sentences.ts'
import { addressesSomeone } from './targets.ts'
import { tokenise } from './text-tokens.ts'

/** A post before it is published, and where it is going. */
export interface PostDraft {
  text: string
  /** the language of messages and lexicons; detected from the text when absent */
  lang?: 'fr' | 'en'
  links?: readonly string[]
  imageDescriptions?: readonly string[]
  /** who writes it: employee, community_manager, spokesperson… */
  authorRole?: string
  /** where: x, linkedin, instagram…, or `private_reply` */
  network?: string
  /** to whom: public, followers, or `complainant` (the person who complained, in private) */
  audience?: string
}

/** What a draft is checked against: the workspace's charter, its confidential terms, an open incident. */
export interface CheckContext {
  charter?: readonly CharterClause[]
  confidentialTerms?: readonly string[]
  activeIncident?: ActiveIncident
  /** the sentiment model for the tone check; the lexicon model by default */
  sentiment?: SentimentModel
  /** the learned reader of tone (insult, aggression, mockery); the shipped model by default, `null` for the rules alone */
  toneModel?: ToneModel | null
}

const clauseFor = (kind: CheckKind, charter: readonly CharterClause[]): string =>
  (charter.find((c) => c.kinds.includes(kind)) ?? DEFAULT_CHARTER.find((c) => c.kinds.includes(kind)))!.id

const toFlag = (f: Finding, lang: 'fr' | 'en', charter: readonly CharterClause[]): Flag => {
  const wording = MESSAGES[f.rule][lang]
  const flag: Flag = {
    kind: f.kind,
    clause: clauseFor(f.kind, charter),
    start: f.start,
    end: f.end,
    severity: f.severity,
    message: wording.message.replaceAll('{term}', f.term ?? ''),
  }
  if (wording.suggestion) flag.suggestion = wording.suggestion
  return flag
}

// one flag per kind and span: several rules finding the same words say it once, the most severe first
const SEVERITY = { high: 0, medium: 1, low: 2 } as const
const dedupe = (findings: Finding[]): Finding[] => {
  const seen = new Set<string>()
  return findings
    .sort((a, b) => a.start - b.start || a.end - b.end || SEVERITY[a.severity] - SEVERITY[b.severity])
    .filter((f) => {
      const key = `${f.kind}:${f.start}:${f.end}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/** Checks a draft against the charter: every flag found, in text order; an empty list for a safe draft. */
export const checkPost = (draft: PostDraft, context: CheckContext = {}): Flag[] => {
  // typographic apostrophes read as straight ones by the patterns (one UTF-16 unit for one: spans are kept)
  const text = draft.text.replace(/[’ʼ‘]/g, "'")
  const detected: Lang = draft.lang ?? detectLang(text)
  const lang = detected === 'fr' ? 'fr' : 'en'
  const tokens = tokenise(text, abuseMatcher().isWord)
  const sentences = sentenceOf(text, tokens)
  const personal = [
    ...findEmails(text),
    ...findPhones(text),
    ...findPaymentData(text),
    ...findAddresses(text),
    ...findIdentityData(text),
    ...findSensitiveData(text, tokens, sentences),
    ...findShownDetails(text),
  ]
  const addressed = addressesSomeone(text, tokens) || isPrivateReply(draft) || draft.audience === 'customers'
  const abuse = spareQuotedComplaint(text, [
    ...findAbuse(text, detected, tokens, sentences),
    ...findContempt(text, tokens, addressed),
    ...findSarcasm(text),
  ])
  const findings = [
    ...(isPrivateReply(draft) ? spareComplainantData(personal, text, draft) : personal),
    ...findConfidential(text, tokens, sentences, context.confidentialTerms ?? []),
    ...findInternalLinks(text, draft.links),
    ...abuse,
    ...(abuse.length === 0 ? findHarshTone(text, tokens, detected, context.sentiment) : []),
    ...findSensitiveTopics(text, tokens, sentences),
    ...findCopyright(text, draft.imageDescriptions),
    ...findCrisisEcho(text, tokens, context.activeIncident),
  ]
  const model = context.toneModel === undefined ? loadToneModel() : context.toneModel
  // after the rules: the model only adds the kinds they did not find, on its weightiest sentence
  if (model) {
    const barred = (kind: LearnedKind) =>
      kind === 'sensitive_topic' ? !misuseCue(text, tokens) : kind === 'copyright' && ownOrCredited(text)
    findings.push(...findLearnedTone(tokens, sentences, model, new Set(findings.map((f) => f.kind)), barred))
  }
  return dedupe(findings).map((f) => toFlag(f, lang, context.charter ?? DEFAULT_CHARTER))
}
