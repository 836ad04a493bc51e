import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { createUser } from '../accounts/index.ts'
import { systemClock } from '../core/index.ts'
import { browserTest, draftMastodonPost, fillLogin } from '../test/dashboard-browser.ts'

const CLAIRE = { email: 'claire@acme.example', password: 'a long enough password' }
/** Whether the page scrolls sideways (content wider than the viewport). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)

const ANGRY = 'You are a bunch of idiots: stop whining.'

browserTest(
  'in a browser, a team opens an incident from an alert, sets its facts, is warned against denying a preventable crisis, drafts a reply that another person approves, and the timeline shows it',
  {
    logIn: 'en',
    expected: /(400 \(Bad Request\)|403 \(Forbidden\)|409 \(Conflict\)) http:\/\/127\.0\.0\.1/,
    timeout: 150_000,
  },
  async ({ page, address, h }) => {
    await page.getByRole('link', { name: /Alerts/ }).click()
    const card = page.locator('.alert-card[data-id="alert-1"]')
    await card.getByRole('button', { name: 'Open an incident' }).click()
    await page.waitForURL(/#\/acme\/incidents\?id=/)
    const room = page.locator('.incident-room')
    await room.waitFor()
    const id = String(await room.getAttribute('data-id'))
    await page.locator('.timeline li[data-kind="alert"]').waitFor()

    // the same alert a second time: the incident that holds it is named, and a link leads there
    await page.getByRole('link', { name: /Alerts/ }).click()
    await card.getByRole('button', { name: 'Open an incident' }).click()
    await card.getByText('This alert is already in an incident:').waitFor()
    await card.getByRole('link', { name: 'see the incident' }).click()
    await page.locator(`.incident-room[data-id="${id}"]`).waitFor()

    // an organisational misdeed is preventable: denying it is advised against, in plain view, before saving
    await page.getByLabel('Crisis type (SCCT)').selectOption('organizational_misdeed')
    await page.getByRole('radio', { name: 'Deny or minimise' }).check()
    const warnings = page.locator('.advice-warnings[data-chosen-risk="high"]')
    // the warning's lines may render a moment after its box: wait for the one about the chosen posture
    await warnings.filter({ hasText: /high risk/ }).waitFor()
    assert.match(String(await warnings.textContent()), /high risk/)
    await page.locator('.posture-advice[data-recommended="acknowledge"]').waitFor()
    await page.getByRole('button', { name: 'Save the facts and posture' }).click()
    await page.locator('.timeline li[data-kind="posture"]', { hasText: 'Deny or minimise' }).waitFor()
    await page.locator('.timeline li[data-kind="facts"]', { hasText: 'Organisational misdeed' }).waitFor()

    // a first draft for Mastodon, with gaps: submitting is refused with the server's reason
    const { replies, draft } = await draftMastodonPost(page)
    await draft.locator('mark.gap').first().waitFor()
    await draft.getByRole('button', { name: 'Submit for approval' }).click()
    await draft
      .getByRole('alert')
      .getByText(/fill in the gaps before submitting/)
      .waitFor()

    await draft.getByLabel('Text').fill(ANGRY)
    await draft.getByText(`${ANGRY.length} / 500 characters`).waitFor()
    assert.equal(await draft.locator('mark.gap').count(), 0)
    await draft.getByRole('button', { name: 'Submit for approval' }).click()
    await replies.locator('.reply-draft[data-state="in_review"]').waitFor()
    // the charter checker's flags are marked on the words they cover, and listed
    assert.equal(await draft.locator('mark.flag').first().textContent(), 'idiots')
    await draft.locator('.draft-flags li[data-severity="medium"]').first().waitFor()
    assert.equal(await draft.locator('.draft-flags li').count(), 2)
    await draft.getByText('Waiting for step 1 of 1: Communication').waitFor()
    // whoever wrote the text may not approve it
    await draft.getByRole('button', { name: 'Approve' }).click()
    await draft
      .getByRole('alert')
      .getByText(/someone else must approve it/)
      .waitFor()

    await createUser({
      ctx: { store: h.store, clock: systemClock },
      input: { ...CLAIRE, name: 'Claire Moreau', role: 'analyst', workspaceId: 'acme' },
    })
    await page.getByRole('button', { name: 'Log out' }).click()
    await fillLogin(page, 'en', CLAIRE)
    await page.locator('.live[data-state="live"]').waitFor()
    await page.goto(`${address}/#/acme/incidents?id=${encodeURIComponent(id)}`)
    const reviewed = page.locator('.reply-draft[data-state="in_review"]')
    await reviewed.getByLabel('Comment (required to reject)').fill('Tone accepted for the record')
    await reviewed.getByRole('button', { name: 'Approve' }).click()
    await page.locator('.reply-draft[data-state="approved"]').waitFor()
    await page.locator('.decisions li[data-decision="approved"]', { hasText: 'Tone accepted' }).waitFor()
    await page
      .locator('.timeline li[data-kind="reply"]', { hasText: /^.*approved: deny · customers/ })
      .waitFor()
    await page.locator('table.audit tr[data-action="approved"]').waitFor()
    assert.equal(await page.locator('table.audit tr[data-action="submitted"]').count(), 1)
    // nothing published yet: the follow-up says the brand is silent, and the report downloads
    await page.locator('[data-panel="incident-follow-up"]', { hasText: 'has not spoken publicly' }).waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the report (HTML)' }).click(),
    ])
    assert.match(download.suggestedFilename(), /^acme-incident-\d{4}-\d\d-\d\d\.html$/)
  },
)

browserTest(
  'in a browser, a hostile incident title, note and draft text are shown as text and never run',
  { logIn: 'fr' },
  async ({ page }) => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    await page.getByRole('link', { name: 'Incidents' }).click()
    await page.getByLabel('Titre du nouvel incident').fill(hostile)
    await page.getByRole('button', { name: 'Ouvrir un incident' }).click()
    await page.getByRole('heading', { level: 1, name: hostile }).waitFor()
    await page.getByLabel('Ajouter une note').fill(`note ${hostile}`)
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click()
    await page
      .locator('.timeline li[data-kind="note"] .timeline-text', { hasText: `note ${hostile}` })
      .waitFor()
    const replies = page.getByRole('region', { name: 'Réponses' })
    await replies.getByLabel('Canal').selectOption('press_statement')
    await replies.getByRole('button', { name: 'Rédiger' }).click()
    const text = replies.getByLabel('Texte')
    await text.fill(`${hostile} [à compléter : contact]`)
    await replies.locator('mark.gap', { hasText: '[à compléter : contact]' }).waitFor()
    assert.equal(await replies.locator('.draft-text').textContent(), `${hostile} [à compléter : contact]`)
    await page.getByRole('link', { name: 'Tous les incidents' }).click()
    await page.locator('.incident-list a', { hasText: hostile }).waitFor()
    assert.equal(await page.locator('main img, main script').count(), 0)
    assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined)
  },
)

browserTest(
  'in a browser, on a phone (390 px wide) the incidents and the crisis room never scroll sideways, and a keyboard chooses the posture',
  { logIn: 'fr' },
  async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole('link', { name: 'Incidents' }).click()
    await page.getByLabel('Titre du nouvel incident').fill('Rappel de bouilloires : une rumeur très partagée')
    await page.getByRole('button', { name: 'Ouvrir un incident' }).click()
    await page.locator('.incident-room').waitFor()
    const replies = page.getByRole('region', { name: 'Réponses' })
    await replies.getByLabel('Canal').selectOption('thread')
    await replies.getByLabel('Réseau').selectOption('x')
    await replies.getByRole('button', { name: 'Rédiger' }).click()
    await replies.locator('.reply-draft').waitFor()
    await page.locator('.posture-advice').waitFor()
    assert.equal(await scrollsSideways(page), false, 'crisis room')
    // the postures are radio buttons: the arrow keys move the choice, and the advice follows
    await page.getByRole('radio', { name: 'non choisie' }).focus()
    await page.keyboard.press('ArrowDown')
    assert.equal(await page.getByRole('radio', { name: 'Reconnaître et réparer' }).isChecked(), true)
    await page.getByRole('link', { name: 'Tous les incidents' }).click()
    await page.locator('.incident-list li').first().waitFor()
    assert.equal(await scrollsSideways(page), false, 'incidents')
  },
)
