import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { isAppError, type Mention } from '../../core/index.ts'
import { entryDate, entryKey, entryToMention, type FeedContext, feedHost } from './entry-to-mention.ts'
import { decodeFeedBody, parseFeedDocument } from './parse-feed.ts'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const NOW = new Date('2026-03-02T12:00:00Z')

/** Every item of a fixture, mapped as the connector maps it (dated items only). */
const read = (name: string, url: string) => {
  const doc = parseFeedDocument(fixture(name), url)
  const ctx: FeedContext = { url, host: feedHost(url), title: doc.title, lang: doc.lang, base: doc.base }
  const byId = new Map<string, Mention>()
  const refused: string[] = []
  for (const entry of doc.entries) {
    const key = entryKey(entry, ctx)
    const date = entryDate(entry, NOW)
    const result = date.ok
      ? entryToMention(entry, key, date.date, ctx)
      : { ok: false as const, reason: date.reason }
    if (result.ok) byId.set(result.mention.id, result.mention)
    else refused.push(`${entry.position} ${key}: ${result.reason}`)
  }
  return { doc, byId, refused }
}

test('a French news site’s RSS 2.0: accents, HTML descriptions, entities, authors, language', () => {
  const { doc, byId, refused } = read('le-quotidien.rss.xml', 'https://www.lequotidien.example/rss/une.xml')
  assert.equal(doc.format, 'rss')
  const panne = byId.get('rss:lequotidien.example/lqc-12345')
  assert.deepEqual(panne, {
    id: 'rss:lequotidien.example/lqc-12345',
    source: 'rss',
    url: 'https://www.lequotidien.example/economie/panne-geante-chez-telecomete-12345.html?utm_source=rss&utm_medium=feed',
    createdAt: new Date('2026-03-02T10:30:00Z'),
    title: 'Panne géante chez Télécomète : des milliers d’abonnés privés d’Internet',
    text:
      'Depuis ce matin, les abonnés de Télécomète n’ont plus accès à Internet. L’opérateur évoque «\u00a0un incident technique\u00a0».' +
      '\n\nLire la suite sur notre site…',
    lang: 'fr-FR',
    author: { id: 'lequotidien.example/Léa Martin', handle: 'Léa Martin', name: 'Léa Martin' },
  })
  // an escaped HTML description (entities twice), a permalink guid, <author> "email (name)"
  const colere = byId.get('rss:https://www.lequotidien.example/conso/colere-des-usagers-12344.html')
  assert.equal(colere?.title, 'Colère des usagers après la hausse des tarifs & des frais de résiliation')
  assert.equal(
    colere?.text,
    'Les associations de consommateurs dénoncent une hausse «\u00a0injustifiée\u00a0».\nRéaction de l’opérateur attendue.',
  )
  assert.equal(colere?.author.handle, 'Marc Dupré')
  assert.equal(colere?.createdAt.toISOString(), '2026-03-02T09:15:00.000Z')
  // no guid: the (relative) link is the id; content:encoded is preferred to the description; no author: the site
  const greve = byId.get('rss:https://www.lequotidien.example/transports/greve-gare-reprise-12343.html')
  assert.equal(greve?.url, 'https://www.lequotidien.example/transports/greve-gare-reprise-12343.html')
  assert.equal(greve?.createdAt.toISOString(), '2026-03-02T07:05:00.000Z', 'CET')
  assert.match(greve?.text ?? '', /^Le trafic reprend progressivement ce lundi\.\n\nLa SNCF prévoit/)
  assert.deepEqual(greve?.author, {
    id: 'lequotidien.example',
    handle: 'lequotidien.example',
    name: 'Le Quotidien du Centre - À la une',
  })
  // no title: a text is enough
  const breve = byId.get('rss:lequotidien.example/lqc-breve-881')
  assert.equal(breve?.title, undefined)
  assert.equal(breve?.url, undefined)
  assert.equal(breve?.text, "Brève : coupure d'électricité rue Victor-Hugo entre 14 h et 16 h.")
  assert.equal(byId.get('rss:lequotidien.example/lqc-12340')?.title, 'Le club local s’impose 3-1 à domicile')
  assert.equal(byId.size, 5)
  assert.deepEqual(
    refused.map((r) => r.replace(/ in an accepted form.*/, '')),
    [
      '5 lequotidien.example/lqc-12342: "le 2 mars 2026 à 7 h 40" is not a date',
      '6 lequotidien.example/lqc-vide-1: the item has neither a title nor a text',
    ],
  )
})

test('an Atom feed: text constructs by type, xml:base links, inherited author, entry language', () => {
  const { doc, byId, refused } = read('ops-blog.atom.xml', 'https://status.telecomete.example/history.atom')
  assert.equal(doc.format, 'atom')
  assert.deepEqual(refused, [])
  const resolved = byId.get('rss:tag:status.telecomete.example,2026:incident/42#resolved')
  assert.equal(resolved?.title, 'Outage resolved & post-mortem')
  assert.equal(
    resolved?.text,
    'The fibre outage affecting Centre customers is resolved.\n\nA post-mortem will follow & credits will be applied.',
  )
  assert.equal(resolved?.url, 'https://status.telecomete.example/incidents/42')
  assert.equal(resolved?.createdAt.toISOString(), '2026-03-02T10:45:00.000Z', 'published, not updated')
  assert.equal(resolved?.author.handle, 'Sam Carter')
  assert.equal(resolved?.lang, 'en-GB')
  const ongoing = byId.get('rss:tag:status.telecomete.example,2026:incident/42')
  assert.equal(ongoing?.createdAt.toISOString(), '2026-03-02T06:05:00.000Z', 'updated when not published')
  assert.equal(ongoing?.url, 'https://status.telecomete.example/incidents/42?lang=fr')
  assert.equal(ongoing?.text, 'Nos équipes sont mobilisées.')
  assert.equal(ongoing?.lang, 'fr')
  assert.equal(ongoing?.author.handle, 'Telecomete Ops', "the feed's author")
  const maintenance = byId.get('rss:tag:status.telecomete.example,2026:maintenance/7')
  assert.equal(maintenance?.title, 'Planned maintenance <3 night', 'a text title is not HTML')
  assert.equal(maintenance?.text, '', 'out-of-line content is not fetched')
})

test('a JSON Feed 1.1: content_html or content_text, external_url, per-item language, feed author', () => {
  const { doc, byId, refused } = read('alerts.feed.json', 'https://alertes.veille.example/telecomete.json')
  assert.equal(doc.format, 'json')
  assert.deepEqual(refused, [])
  const fil = byId.get('rss:https://alertes.veille.example/a/9f2c')
  assert.equal(fil?.text, 'Un utilisateur signale une panne & demande un geste commercial.')
  assert.equal(fil?.title, 'Nouveau fil : « Panne Télécomète, encore ! »')
  assert.equal(fil?.createdAt.toISOString(), '2026-03-02T09:12:00.000Z')
  assert.equal(fil?.lang, 'fr')
  const news = byId.get('rss:alertes.veille.example/7731')
  assert.equal(news?.url, 'https://news.example.com/telecomete-outage')
  assert.equal(
    news?.text,
    'Thousands of customers lost their connection on Monday.\n\nThe operator apologised.',
  )
  assert.equal(news?.lang, 'en-US')
  assert.equal(news?.author.handle, 'Veille Bot')
  const blog = byId.get('rss:alertes.veille.example/7730')
  assert.equal(blog?.text, 'Mention sur un blog : « service client injoignable »')
  assert.equal(blog?.createdAt.toISOString(), '2026-03-01T19:00:00.000Z', 'date_modified')
})

const refusal = (text: string) => {
  try {
    parseFeedDocument(text, 'https://www.lequotidien.example/rss/une.xml')
  } catch (error) {
    assert.ok(isAppError(error), String(error))
    assert.match(error.message, /https:\/\/www\.lequotidien\.example\/rss\/une\.xml/, 'names the feed')
    return error
  }
  assert.fail('the document was read')
}

test('malformed XML, a document cut short and bad JSON refuse the whole feed (unavailable)', () => {
  const bad = refusal(fixture('malformed.rss.xml'))
  assert.equal(bad.code, 'unavailable')
  assert.match(bad.message, /is malformed \(not well-formed XML: .*description/)
  const good = fixture('le-quotidien.rss.xml')
  for (const cut of [good.slice(0, good.indexOf('</channel>')), good.slice(0, good.lastIndexOf('<item>'))]) {
    const e = refusal(cut)
    assert.equal(e.code, 'unavailable')
    assert.match(e.message, /malformed/)
  }
  assert.match(refusal(fixture('alerts.feed.json').slice(0, 200)).message, /malformed \(not valid JSON/)
  const atom = fixture('ops-blog.atom.xml')
  assert.equal(refusal(atom.slice(0, atom.lastIndexOf('</entry>'))).code, 'unavailable')
})

test('what is no feed at all is invalid: an HTML page, other XML, other JSON, nothing', () => {
  assert.match(
    refusal('<!DOCTYPE html><html><body>Oups</body></html>').message,
    /not an RSS, Atom or JSON feed \(an HTML page\)/,
  )
  assert.match(refusal('<?xml version="1.0"?><urlset></urlset>').message, /root is <urlset>/)
  assert.match(refusal('{"data": []}').message, /not a JSON Feed/)
  for (const text of ['', 'Service unavailable'])
    assert.equal(refusal(text).code, 'invalid', JSON.stringify(text))
})

test('a comment or spaces after the root element are fine; a DOCTYPE with entities is not expanded', () => {
  const good = fixture('le-quotidien.rss.xml')
  assert.equal(
    parseFeedDocument(`${good}\n<!-- generated in 12 ms -->\n`, 'https://x.example/').entries.length,
    7,
  )
  const doc = parseFeedDocument(
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "xxxxxxxx">]><rss version="2.0"><channel><title>t</title>' +
      '<item><title>a&big;</title><guid>1</guid></item></channel></rss>',
    'https://x.example/',
  )
  assert.equal(doc.entries[0]?.title?.value, 'a&big;')
})

test('bytes: the charset of the header, else of the XML declaration; a wrong UTF-8 label falls back to it', () => {
  const latin1 = Buffer.from(
    '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Télé</title></channel></rss>',
    'latin1',
  )
  assert.match(decodeFeedBody(latin1), /<title>Télé<\/title>/)
  assert.match(decodeFeedBody(latin1, 'application/rss+xml; charset=UTF-8'), /<title>Télé<\/title>/)
  assert.match(decodeFeedBody(latin1, 'text/xml; charset=iso-8859-1'), /<title>Télé<\/title>/)
  const utf8 = Buffer.from('\ufeff<rss version="2.0"><channel><title>Télé</title></channel></rss>', 'utf8')
  assert.match(decodeFeedBody(utf8, 'text/xml; charset=iso-8859-1'), /<title>Télé<\/title>/, 'the BOM wins')
})
