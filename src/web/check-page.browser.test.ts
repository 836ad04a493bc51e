import assert from 'node:assert/strict'
import { browserTest, logIn } from '../test/dashboard-browser.ts'

browserTest(
  'in a browser, a pasted draft comes back with its problems highlighted in place, as text',
  {},
  async ({ page, address }) => {
    await logIn(page, address, 'fr')
    await page.getByRole('link', { name: 'Avant de publier' }).click()
    await page.getByRole('heading', { name: 'Vérifier un brouillon avant de publier', level: 1 }).waitFor()
    const draft = 'Appelez <b>Julie</b> au 06 12 34 56 78, quel c0nnard ce client'
    await page.getByLabel('Brouillon').fill(draft)
    await page.getByRole('button', { name: 'Vérifier' }).click()
    await page.getByRole('heading', { name: '2 point(s) à revoir' }).waitFor()
    const marks = page.locator('.flagged-draft mark')
    assert.deepEqual(await marks.allTextContents(), ['06 12 34 56 78', 'c0nnard'])
    assert.equal(await marks.first().getAttribute('data-kinds'), 'personal_data')
    assert.equal(await page.locator('.flagged-draft b').count(), 0, 'the draft is shown as text')
    await page.locator('.flag-list li[data-kind="insult"]').getByText('insulte').first().waitFor()
    await page.getByLabel('Brouillon').fill('Notre nouvelle collection arrive jeudi en boutique.')
    await page.getByRole('button', { name: 'Vérifier' }).click()
    await page.getByRole('heading', { name: 'Rien à signaler au regard de la charte.' }).waitFor()
  },
)

browserTest(
  'in a browser, an analyst edits a clause of the charter and saves it as a new version, with the confidential terms',
  {},
  async ({ page, address }) => {
    await logIn(page, address, 'en')
    await page.getByRole('link', { name: 'Before you post' }).click()
    await page.getByText('The default charter: no version saved yet.').waitFor()
    const respect = page.locator('fieldset[data-clause="respect"]')
    await respect.getByLabel('Title (English)').fill('Be kind, always')
    await page.getByRole('button', { name: 'Save the charter' }).click()
    await page.getByText('Saved as version 1.').waitFor()
    await page.getByText('Version 1', { exact: true }).waitFor()
    await page.getByLabel(/One per line/).fill('Project Heron\nX-200')
    await page.getByRole('button', { name: 'Save the terms' }).click()
    await page.getByText('Saved with the charter as version 2.').waitFor()
    await page.getByLabel('Draft').fill('Project Heron ships next week!')
    await page.getByRole('button', { name: 'Check' }).click()
    assert.deepEqual(await page.locator('.flagged-draft mark').allTextContents(), ['Project Heron'])
    await page.reload()
    assert.equal(
      await page.locator('fieldset[data-clause="respect"] legend').textContent(),
      'Be kind, always',
    )
  },
)
