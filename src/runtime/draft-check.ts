import type { DraftFlag } from '../core/index.ts'
import { type CharterStore, checkDraft } from '../prevention/index.ts'
import type { CheckDraft } from '../response/index.ts'

/**
 * The check a crisis reply goes through before approval: the workspace's charter checker (personal data,
 * confidential terms and markers, insults, mockery, sensitive topics, copyright, tone). Its `crisis_echo`
 * flags are left out: a reply drafted in the crisis room is the crisis response itself, already on its way
 * through the crisis team's approval, and names the incident on purpose.
 */
export const charterCheck =
  (store: Pick<CharterStore, 'getCharter' | 'listIncidents'>): CheckDraft =>
  async ({ workspaceId, text, lang, network, audience }) => {
    const { flags } = await checkDraft({
      ctx: { store },
      input: {
        text,
        lang,
        workspace: workspaceId,
        ...(network ? { network } : {}),
        audience,
      },
    })
    return flags.filter((f) => f.kind !== 'crisis_echo') satisfies DraftFlag[]
  }
