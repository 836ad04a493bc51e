import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { decodeHtmlEntities } from './html-entities.ts'
import { extractArticleText, htmlToText } from './html-text.ts'

const article = readFileSync(new URL('./fixtures/article.html', import.meta.url), 'utf8')

test('character references: numeric, Latin-1 and typographic names, Windows-1252 codes, one pass only', () => {
  assert.equal(
    decodeHtmlEntities('&eacute;t&eacute; &Eacute;cole &ccedil;a &rsquo;&hellip; &#233;&#xE9; &#146; &euro;'),
    'été École ça ’… éé ’ €',
  )
  assert.equal(decodeHtmlEntities('&amp;eacute; &amp;amp;'), '&eacute; &amp;', 'decoded once, not twice')
  assert.equal(decodeHtmlEntities('AT&T &unknown; &#0; & ;'), 'AT&T &unknown; \ufffd & ;')
})

test('HTML becomes plain text: paragraphs, line breaks, entities; scripts, styles and comments go', () => {
  assert.equal(
    htmlToText(
      '<p>Les abonnés sont <b>furieux</b> &amp; l&rsquo;opérateur se tait.</p>' +
        '<script>alert("<p>x</p>")</script><style>p { color: red }</style><!-- <p>hidden</p> -->' +
        '<p>ligne<br/>suivante,   espaces\n\t repliés</p><ul><li>un</li><li>deux</li></ul>',
    ),
    'Les abonnés sont furieux & l’opérateur se tait.\n\nligne\nsuivante, espaces repliés\n\nun\ndeux',
  )
})

test('a < that starts no tag stays, attributes may hold >, CDATA is literal, unclosed markup is read', () => {
  assert.equal(htmlToText('a < b, je t’aime <3'), 'a < b, je t’aime <3')
  assert.equal(htmlToText('<a title="1 > 0" href=\'x\'>lien</a> fin'), 'lien fin')
  assert.equal(htmlToText('<![CDATA[x &amp; y]]>'), 'x &amp; y')
  assert.equal(htmlToText('<p>début <b>gras <i>sans fin'), 'début gras sans fin')
  assert.equal(htmlToText('<p>coupé <a href="x'), 'coupé')
  assert.equal(htmlToText('<svg><text>logo</text></svg>Texte<template><p>t</p></template>'), 'Texte')
})

test("an article page's text: its <article>, without navigation, asides, figures, forms or scripts", () => {
  const text = extractArticleText(article)
  assert.match(
    text,
    /^Panne géante chez Télécomète : des milliers d’abonnés privés d’Internet\n\nPar Léa Martin/,
  )
  assert.match(text, /n’ont plus accès à Internet dans toute la région Centre\.\n\nL’opérateur évoque/)
  assert.match(text, /réclament un geste commercial\.$/)
  for (const noise of [
    'Abonnez-vous',
    'À lire aussi',
    'Photo d',
    'Partager',
    'Recevoir',
    'Mentions',
    'track',
    '12345',
  ])
    assert.ok(!text.includes(noise), noise)
})

test('without <article> or <main>, the largest block of paragraphs wins', () => {
  const page =
    '<body><div class="menu"><p>Accueil</p><p>Contact</p></div>' +
    '<div class="content"><p>Premier paragraphe, assez long pour gagner.</p><div class="ad">Pub</div>' +
    '<p>Second <a href="#">avec lien</a>.</p></div><footer><p>Mentions légales et conditions</p></footer></body>'
  assert.equal(extractArticleText(page), 'Premier paragraphe, assez long pour gagner.\n\nSecond avec lien.')
})

test('a short <article> (a teaser) is passed over for the paragraphs; a page without text gives nothing', () => {
  const long = 'Une phrase du corps de l’article. '.repeat(10).trim()
  const page = `<article><h2>Autre sujet</h2></article><section><p>${long}</p><p>Fin.</p></section>`
  assert.equal(extractArticleText(page), `${long}\n\nFin.`)
  assert.equal(extractArticleText('<html><head><title>x</title></head><body><img src="a"></body></html>'), '')
})

test('reading stays linear on hostile markup (deep nesting, stray end tags, unclosed quotes)', () => {
  const started = Date.now()
  extractArticleText(`${'<div>'.repeat(100_000)}${'</span>'.repeat(100_000)}`)
  htmlToText(`${'<svg>'.repeat(100_000)}${'</head>'.repeat(100_000)}`)
  htmlToText(`${'<i> </i>'.repeat(100_000)}x`)
  htmlToText('<a href="'.repeat(100_000))
  htmlToText('<script>'.repeat(100_000))
  // about 0.5 s on an idle machine; a quadratic scan of these inputs takes tens of seconds
  assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`)
})
