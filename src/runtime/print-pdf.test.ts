import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { test } from 'node:test'
import { needService } from '../test/services.ts'
import { printPdf } from './print-pdf.ts'

const CHROMIUM = '/usr/bin/chromium'

test('an HTML page is printed to a PDF by a headless Chromium', async (t) => {
  const ok = await needService(t, 'chromium', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (scripts/install-browser.sh)`)
  })
  if (!ok) return
  const pdf = await printPdf('<!doctype html><meta charset="utf-8"><h1>Rapport de crise — « panne »</h1>', {
    chromium: CHROMIUM,
  })
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-')
  assert.ok(pdf.length > 500, `${pdf.length} bytes`)
})

test('without Chromium the PDF is refused with how to get one, and nothing is left behind', async () => {
  await assert.rejects(
    printPdf('<p>x</p>', { chromium: '/nowhere/chromium' }),
    (e: Error & { code?: string }) => {
      assert.equal(e.code, 'unavailable')
      assert.match(
        e.message,
        /not found at \/nowhere\/chromium: install it \(apt install chromium\) or set VIGIE_CHROMIUM/,
      )
      return true
    },
  )
})
