import assert from 'node:assert/strict'
import { test } from 'node:test'
import { AnalyzedMention } from '../../core/index.ts'
import type { ExportFormat, MentionFilter, Store } from '../port.ts'
import { buildMention, loadFixtureMentions, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const exported = async (store: Store, filter: Omit<MentionFilter, 'workspaceId'>, format: ExportFormat) => {
  const chunks: string[] = []
  for await (const chunk of store.exportMentions({ workspaceId: 'acme', ...filter }, format))
    chunks.push(chunk)
  return chunks
}

export const exportContract = (use: UseStore) => {
  test('CSV export quotes commas and newlines and defuses formulas', () =>
    use(async (store) => {
      await store.saveMentions([
        buildMention({
          id: 'tricky',
          title: '=HYPERLINK("http://evil")',
          text: 'Bonjour, "ami"\nligne 2',
          author: { handle: '@acme', name: '+33 6 12', followers: 5 },
          sentiment: 'negative',
          emotions: { anger: 0.7 },
        }),
      ])
      const csv = (await exported(store, {}, 'csv')).join('')
      const [header, row, end] = csv.split('\r\n')
      assert.equal(end, '')
      const columns = header?.split(',') ?? []
      assert.deepEqual(columns.slice(0, 5), ['id', 'created_at', 'source', 'url', 'author_handle'])
      assert.equal(
        row,
        [
          'tricky,2026-03-02T00:00:00.000Z,test,,\'@acme,\'+33 6 12,5,,"\'=HYPERLINK(""http://evil"")"',
          '"Bonjour, ""ami""\nligne 2",fr,negative,-0.6,anger,none,false,,,,,,',
        ].join(','),
      )
    }))

  test('CSV export starts with its header even when nothing matches', () =>
    use(async (store) => {
      const chunks = await exported(store, {}, 'csv')
      assert.equal(chunks.length, 1)
      assert.match(chunks[0] ?? '', /^id,created_at,.*,reply_to\r\n$/)
    }))

  test('JSON Lines export gives back every mention as saved, in the order asked', () =>
    use(async (store) => {
      const fixtures = loadFixtureMentions()
      await store.saveMentions(fixtures)
      const lines = (await exported(store, { sort: 'oldest' }, 'jsonl')).join('').split('\n')
      assert.equal(lines.pop(), '')
      const back = lines.map((line) => AnalyzedMention.parse(JSON.parse(line)))
      const oldestFirst = [...fixtures].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      assert.deepEqual(back, oldestFirst)
    }))

  test('exports every mention of the filter, page after page, whatever the page limit asked', () =>
    use(async (store) => {
      const batch = Array.from({ length: 1203 }, (_, i) =>
        buildMention({ id: `id${String(i).padStart(4, '0')}`, at: T0 + i, source: i % 3 ? 'rss' : 'web' }),
      )
      await store.saveMentions(batch)
      const chunks = await exported(store, { source: 'rss', limit: 5 }, 'csv')
      assert.ok(chunks.length >= 3, 'read in pages')
      const ids = chunks
        .slice(1)
        .join('')
        .split('\r\n')
        .slice(0, -1)
        .map((line) => line.split(',')[0])
      const expected = batch
        .filter((m) => m.source === 'rss')
        .map((m) => m.id)
        .reverse()
      assert.deepEqual(ids, expected)
    }))

  test('an export with a bad filter or format fails at the call, before anything is read', () =>
    use(async (store) => {
      assert.throws(() => store.exportMentions({ workspaceId: 'acme', minReach: -1 }, 'csv'), {
        code: 'invalid',
      })
      assert.throws(() => store.exportMentions({ workspaceId: 'acme' }, 'xml' as never), { code: 'invalid' })
    }))
}
