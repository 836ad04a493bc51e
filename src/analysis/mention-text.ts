import type { Mention } from '../core/index.ts'

/** The text the analysis reads: the title (an article's headline), then the body. */
export const mentionText = (mention: Pick<Mention, 'title' | 'text'>): string =>
  mention.title ? `${mention.title}\n${mention.text}` : mention.text
