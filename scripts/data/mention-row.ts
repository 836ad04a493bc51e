/** One line of an event's `mentions.jsonl`, in Vigie's mention format (docs/mention-format.md). */
export interface MentionRow {
  id: string
  source: string
  createdAt: string
  text: string
  url?: string
  lang?: string
  author?: { handle: string; followers?: number; verified?: boolean }
  metrics?: { likes?: number; reposts?: number; replies?: number }
}

/** Sorted by time then id, one row per id: the same file on every run. */
export const orderRows = (rows: Iterable<MentionRow>): MentionRow[] => {
  const byId = new Map<string, MentionRow>()
  for (const r of rows) if (!byId.has(r.id)) byId.set(r.id, r)
  return [...byId.values()].sort((a, b) =>
    a.createdAt === b.createdAt
      ? a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0
      : a.createdAt < b.createdAt
        ? -1
        : 1,
  )
}
