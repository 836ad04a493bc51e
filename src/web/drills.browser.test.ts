import assert from 'node:assert/strict'
import { browserTest } from '../test/dashboard-browser.ts'

browserTest(
  'in a browser, an analyst starts a crisis drill from the incidents page, the team works in its sandbox under a drill banner, the report times its steps, and the replay is stopped',
  { logIn: 'en', runtime: true, timeout: 150_000 },
  async ({ page, h }) => {
    await page.getByRole('link', { name: 'Incidents' }).click()
    const drills = page.getByRole('region', { name: 'Crisis drills' })
    await drills.getByText('No drill started yet.').waitFor()
    await drills
      .getByLabel('Scenario')
      .selectOption({ label: 'a defective product overheats, a recall follows' })
    await drills.getByLabel('Speed').selectOption({ label: 'one hour a minute' })
    await drills.getByLabel('Minutes before the crisis begins').fill('30')
    await drills.getByRole('button', { name: 'Start a drill' }).click()

    // the sandbox opens on its incidents page, under a banner that says nothing is published for real
    await page.waitForURL(/#\/acme-drill-\d{12}\/incidents$/)
    const sandbox = decodeURIComponent(String(/#\/([^/]+)\//.exec(page.url())?.[1]))
    const banner = page.getByRole('region', { name: 'Crisis drill' })
    await banner
      .getByText(/An exercise copied from acme: .* nothing is published for real\. running/)
      .waitFor()
    assert.equal(await page.getByRole('region', { name: 'Crisis drills' }).count(), 0, 'no drill of a drill')
    const drill = await h.store.getDrill(sandbox)
    assert.equal(drill?.speed, 60)
    assert.equal(drill?.scenario, 'product_defect')
    assert.equal(drill?.sourceWorkspaceId, 'acme')

    // the team opens an incident there: the drill's report records the step
    await page.getByLabel('Title of the new incident').fill('Drill: an employee’s post goes viral')
    await page.getByRole('button', { name: 'Open an incident' }).click()
    await page.locator('.incident-room').waitFor()
    await banner.getByText('How fast the team responded').click()
    await banner.getByRole('button', { name: 'Read again' }).click()
    await banner.locator('tr[data-step="incident_opened"][data-done="true"]').waitFor()
    assert.equal(await banner.locator('tr[data-step="published"][data-done="false"]').count(), 1)

    await banner.getByRole('button', { name: 'Stop the replay' }).click()
    await banner.getByText(/ended /).waitFor()
    assert.equal(await banner.getByRole('button', { name: 'Stop the replay' }).count(), 0)
    assert.ok((await h.store.getDrill(sandbox))?.endedAt, 'the drill is recorded as ended')

    // back in the real workspace, the drill is listed and leads to its sandbox
    await page.goto(page.url().replace(/#.*$/, '#/acme/incidents'))
    const listed = page.getByRole('region', { name: 'Crisis drills' }).locator(`li[data-id="${sandbox}"]`)
    await listed.waitFor()
    assert.equal(await listed.getAttribute('data-ended'), 'true')
    await listed.getByRole('link').click()
    await page.waitForURL(new RegExp(`#/${sandbox}/incidents$`))
    await page.locator('.incident-list a', { hasText: 'Drill: an employee’s post goes viral' }).waitFor()
  },
)
