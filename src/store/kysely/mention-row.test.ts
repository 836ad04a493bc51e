import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildMention, loadFixtureMentions } from '../contract/build-mention.ts'
import { MENTION_COLUMNS, toMentionRow, writeMentionValues } from './mention-row.ts'

test('the insert parameters of a mention are its row, column by column, with or without its optional fields', () => {
  const mentions = [
    ...loadFixtureMentions(),
    buildMention({ id: 'bare' }),
    buildMention({ id: 't', title: 'Titre' }),
  ]
  for (const m of mentions) {
    const out: unknown[] = ['before']
    writeMentionValues(m, out, 1)
    const row = toMentionRow(m)
    assert.deepEqual(out, ['before', ...MENTION_COLUMNS.map((c) => row[c])], m.id)
  }
})
