/**
 * The suite's dev/holdout rule, fixed before any event was looked at: an event is held out when the first
 * 32 bits of the SHA-256 of its slug, read as a fraction of 2³², are below 0.3. It depends on the slug
 * alone, so adding an event never moves another one.
 */
import { createHash } from 'node:crypto'

export const HOLDOUT_SHARE = 0.3

export const splitOf = (slug: string): 'dev' | 'holdout' => {
  const head = createHash('sha256').update(slug).digest().readUInt32BE(0)
  return head / 2 ** 32 < HOLDOUT_SHARE ? 'holdout' : 'dev'
}

/** `split.json`: both lists sorted by slug. */
export const splitFile = (slugs: readonly string[]): { dev: string[]; holdout: string[] } => {
  const sorted = [...slugs].sort()
  return {
    dev: sorted.filter((s) => splitOf(s) === 'dev'),
    holdout: sorted.filter((s) => splitOf(s) === 'holdout'),
  }
}
