import type { CheckKind } from '../core/index.ts'
import { type CheckContext, checkPost, type PostDraft } from '../prevention/index.ts'

/** The kinds the checker's rules flag in a draft (without the learned reader, which has its own tests). */
export const ruleKinds = (draft: PostDraft | string, context?: CheckContext): CheckKind[] => [
  ...new Set(
    checkPost(typeof draft === 'string' ? { text: draft } : draft, { toneModel: null, ...context }).map(
      (f) => f.kind,
    ),
  ),
]

/** A French draft, with more fields if given. */
export const frDraft = (text: string, more: Partial<PostDraft> = {}): PostDraft => ({
  text,
  lang: 'fr',
  ...more,
})
/** An English draft, with more fields if given. */
export const enDraft = (text: string, more: Partial<PostDraft> = {}): PostDraft => ({
  text,
  lang: 'en',
  ...more,
})
