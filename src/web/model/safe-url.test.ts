import assert from 'node:assert/strict'
import { test } from 'node:test'
import { safeHref } from './safe-url.ts'

test('http and https addresses become links', () => {
  assert.equal(safeHref('https://social.example/@lea/2'), 'https://social.example/@lea/2')
  assert.equal(safeHref('HTTP://Example.org/a b'), 'http://example.org/a%20b')
})

test('javascript:, data: and other schemes never become links, however they are spelled', () => {
  for (const url of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/relative',
    'not a url',
  ])
    assert.equal(safeHref(url), undefined, url)
  assert.equal(safeHref(undefined), undefined)
  assert.equal(safeHref(''), undefined)
})
