import assert from 'node:assert/strict'
import { test } from 'node:test'
import { AppError } from '../core/index.ts'
import { startAnalyzeWorker } from '../runtime/index.ts'
import { logIn, openDashboard } from '../test/dashboard-browser.ts'
import { createMemoryRuntime } from '../test/memory-runtime.ts'

const CSV = [
  'Date de publication,Message,Compte,Lien',
  '2026-03-13 09:00:00,Acme a encore augmenté ses prix,lea,https://example.org/1',
  '2026-03-13 09:05:00,"Le service client d\'Acme, enfin joignable",marc,https://example.org/2',
  'hier,Acme encore,paul,https://example.org/3',
  '2026-03-13 09:20:00,<b>acme</b> rappelle ses yaourts,nina,https://example.org/4',
].join('\n')

test('in a browser, a CSV picked on the import page is previewed, mapped, imported, and its summary shown', {
  timeout: 120_000,
}, async (t) => {
  const s = await openDashboard(t, {}, { runtime: true })
  if (!s) return
  try {
    const { page, address, h } = s
    await logIn(page, address, 'fr')
    await page.getByRole('link', { name: 'Import' }).click()
    await page.getByRole('heading', { name: 'Importer un fichier', level: 1 }).waitFor()
    await page.getByLabel('Fichier').setInputFiles({
      name: 'export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    })
    // the server's guesses: the format and the columns, from the first rows
    await page.getByText('Reconnu d’après le fichier : CSV.').waitFor()
    const column = (field: string) => page.locator(`.import-mapping label[data-field="${field}"] select`)
    assert.equal(await column('text').inputValue(), 'Message')
    assert.equal(await column('createdAt').inputValue(), 'Date de publication')
    await page.locator('table.import-rows').getByText('<b>acme</b> rappelle ses yaourts').waitFor()
    await column('author.handle').selectOption('Compte')
    await page.getByLabel('Fuseau horaire des dates écrites sans fuseau').fill('Europe/Paris')
    await page.getByRole('button', { name: 'Importer', exact: true }).click()
    const summary = page.locator('.import-summary[data-status="done"]')
    await summary.getByRole('heading', { name: 'Import de export.csv terminé' }).waitFor()
    assert.equal(await summary.locator('[data-count="stored"] dd').textContent(), '3')
    assert.equal(await summary.locator('[data-count="rejectedCount"] dd').textContent(), '1')
    const group = summary.locator('.rejection-groups li[data-reason="createdAt: not an accepted date form"]')
    await group.getByText('lignes 4').waitFor()
    await group.getByText(/La première : line 4: createdAt: "hier"/).waitFor()
    assert.equal(await page.locator('.import-summary b, .import-rows b').count(), 0, 'cells shown as text')
    const stored = await h.store.listMentions({ workspaceId: 'acme', text: 'prix' })
    assert.equal(stored.items[0]?.author.handle, 'lea')
    assert.equal(stored.items[0]?.createdAt.toISOString(), '2026-03-13T08:00:00.000Z')
    assert.deepEqual(s.problems, [])
  } finally {
    await s.close()
  }
})

test('in a browser, an import under a bus says it was published for the workers and counts what was published', {
  timeout: 120_000,
}, async (t) => {
  // a runtime configured with a bus, carried in process: the import is published, as `vigie serve` does with NATS
  const memory = await createMemoryRuntime()
  await memory.store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(0) })
  const runtime = {
    ...memory,
    config: { ...memory.config, bus: { ...memory.config.bus, url: 'nats://bus' } },
  }
  t.after(() => memory.close())
  const s = await openDashboard(t, { runtime })
  if (!s) return
  try {
    const { page, address } = s
    await logIn(page, address, 'en')
    await page.getByRole('link', { name: 'Import' }).click()
    await page
      .getByLabel('File')
      .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
    await page.getByText('Recognised from the file: CSV.').waitFor()
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const summary = page.locator('.import-summary[data-status="done"][data-mode="published"]')
    await summary
      .getByRole('heading', { name: 'export.csv read and published for the analyze workers' })
      .waitFor()
    await summary.getByText(/Analysis, storage and alerts happen in the analyze workers/).waitFor()
    assert.equal(await summary.locator('[data-count="published"] dd').textContent(), '3')
    assert.equal(await summary.locator('[data-count="rejectedCount"] dd').textContent(), '1')
    for (const key of ['stored', 'duplicates', 'alerts'])
      assert.equal(await summary.locator(`[data-count="${key}"]`).count(), 0, `${key}: not counted here`)
    await summary
      .locator('.rejection-groups li[data-reason="createdAt: not an accepted date form"]')
      .waitFor()
    assert.deepEqual(s.problems, [])
  } finally {
    await s.close()
  }
})

test('in a browser, an import under a bus it cannot reach says it waits for the bus and until when, goes on once it is back, and counts the rows the workers rejected', {
  timeout: 120_000,
}, async (t) => {
  const memory = await createMemoryRuntime()
  await memory.store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(0) })
  await memory.store.upsertQuery({ id: 'q', workspaceId: 'acme', brand: 'Acme', query: 'acme', owned: [] })
  // the workers take the batches from the in-process bus; the server's publishes fail while `down`
  const worker = await startAnalyzeWorker({ rt: memory })
  let down = true
  const runtime = {
    ...memory,
    config: { ...memory.config, bus: { ...memory.config.bus, url: 'nats://bus' } },
    bus: {
      ...memory.bus,
      publish: (...args: Parameters<typeof memory.bus.publish>) =>
        down
          ? Promise.reject(new AppError('unavailable', 'could not publish to vigie.raw.acme: TIMEOUT'))
          : memory.bus.publish(...args),
    },
  }
  t.after(async () => {
    await worker.stop()
    await memory.close()
  })
  const s = await openDashboard(t, { runtime })
  if (!s) return
  try {
    const { page, address } = s
    await logIn(page, address, 'fr')
    await page.getByRole('link', { name: 'Import' }).click()
    // a fifth row dated 1990: the workers refuse it (before ingest.notBefore)
    const csv = `${CSV}\n1990-03-13 09:30:00,Acme en 1990,jo,https://example.org/5`
    await page
      .getByLabel('Fichier')
      .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByText('Reconnu d’après le fichier : CSV.').waitFor()
    await page.getByRole('button', { name: 'Importer', exact: true }).click()
    const waiting = page.locator('.import-summary[data-status="running"] .import-waiting[data-service="bus"]')
    await waiting.waitFor()
    const said = (await waiting.textContent()) ?? ''
    assert.match(
      said,
      /^En attente du bus \(NATS\), injoignable depuis \d\d:\d\d:\d\d : le lot 1 n’est pas encore publié \(could not publish to vigie\.raw\.acme: TIMEOUT\)\. Prochain essai à \d\d:\d\d:\d\d ; l’import abandonne à \d\d:\d\d:\d\d si le bus est toujours injoignable\.$/,
    )
    down = false
    const summary = page.locator('.import-summary[data-status="done"][data-mode="published"]')
    await summary.locator('.import-workers[data-handled="1"][data-batches="1"]').waitFor()
    assert.equal(await summary.locator('.import-waiting').count(), 0, 'no longer waiting')
    await summary
      .getByText(
        'Les workers d’analyse ont traité tous les lots (1) ; les lignes qu’ils ont rejetées sont comptées ici.',
      )
      .waitFor()
    assert.equal(await summary.locator('[data-count="published"] dd').textContent(), '4')
    assert.equal(await summary.locator('[data-count="rejectedCount"] dd').textContent(), '2')
    assert.equal(await summary.locator('[data-count="workersRejected"] dd').textContent(), '1')
    await summary
      .locator('.rejection-groups li[data-reason="createdAt: before 2000-01-01"]')
      .getByText('lignes 6')
      .waitFor()
    assert.deepEqual(s.problems, [])
  } finally {
    await s.close()
  }
})
