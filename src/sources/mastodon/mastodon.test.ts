import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { readExport } from '../../test/read-export.ts'
import { htmlToText } from './html-to-text.ts'

const timeline = fileURLToPath(new URL('./fixtures/home-timeline.json', import.meta.url))

test('HTML content becomes plain text: paragraphs, line breaks, whole links, mentions, tags, entities', () => {
  assert.equal(
    htmlToText(
      '<p>Hé <a href="x" class="mention">@<span>lea</span></a> &amp; &#x1F44D;</p><p>a<br/>b &lt;3 &nbsp;c</p>',
    ),
    'Hé @lea & 👍\n\na\nb <3 \u00a0c',
  )
})

test('a timeline saved as a JSON array: statuses with their account, metrics, language and web address', async () => {
  const { byId } = await readExport(timeline, 'mastodon')
  const lea = byId.get('mastodon:113456789012345678')
  assert.equal(
    lea?.text,
    'Encore une panne chez @telecomete & toujours aucune info… 😡\n\nVoir https://status.telecomete.example/incidents/42\net #panne',
  )
  assert.deepEqual(lea?.author, { id: '109876543210', handle: 'lea', name: 'Léa', followers: 812 })
  assert.deepEqual(lea?.metrics, { likes: 14, reposts: 5, replies: 2 })
  assert.equal(lea?.lang, 'fr')
  assert.equal(lea?.url, 'https://piaille.fr/@lea/113456789012345678')
})

test('a reblog points at the reblogged status and carries its text; a reply its parent; a warning the title', async () => {
  const { byId } = await readExport(timeline, 'mastodon')
  const reblog = byId.get('mastodon:113456789099999999')
  assert.equal(reblog?.repostOf, 'mastodon:113456789012345678')
  assert.match(reblog?.text ?? '', /^Encore une panne chez @telecomete/)
  assert.equal(reblog?.author.handle, 'tom')
  assert.equal(reblog?.lang, 'fr')
  const reply = byId.get('mastodon:113456789155555555')
  assert.equal(reply?.replyTo, 'mastodon:113456789012345678')
  assert.equal(reply?.title, 'coup de gueule')
  assert.equal(reply?.text, '@lea pareil ici, <3 jours> sans réseau')
  assert.equal(reply?.author.name, undefined, 'an empty display name is no name')
})

test('statuses one per line read the same, a bad date is rejected with its line', async () => {
  const statuses = JSON.parse(readFileSync(timeline, 'utf8')) as unknown[]
  const path = join(mkdtempSync(join(tmpdir(), 'vigie-mastodon-')), 'statuses.jsonl')
  writeFileSync(path, `${statuses.map((s) => JSON.stringify(s)).join('\n')}\n`)
  const lines = await readExport(path, 'mastodon')
  const whole = await readExport(timeline, 'mastodon')
  assert.deepEqual(lines.mentions, whole.mentions)
  assert.equal(lines.mentions.length, 3)
  assert.equal(lines.rejections[0]?.line, 4)
  assert.equal(whole.rejections[0]?.item, 4)
  assert.match(lines.rejections[0]?.reason ?? '', /^createdAt: "le 2 mars" is not a date in an accepted form/)
})
