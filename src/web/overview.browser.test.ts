import assert from 'node:assert/strict'
import { browserTest, logIn } from '../test/dashboard-browser.ts'

browserTest(
  'in a browser, the overview shows the share of voice between queries, the emotion mix and top authors',
  {},
  async (s) => {
    const { page, address, h } = s
    await h.store.upsertQuery({
      id: 'q-rival',
      workspaceId: 'acme',
      brand: 'Rival',
      query: 'rival',
      owned: [],
    })
    const base = h.seed.mentions.find((m) => m.id === 'mastodon:2')!
    const emotions = { anger: 0, fear: 0, sadness: 0, joy: 0, surprise: 0, disgust: 0 }
    await h.store.saveMentions(
      (['anger', 'anger', 'fear'] as const).map((emotion, i) => ({
        ...base,
        id: `mastodon:rival-${i}`,
        text: `Rival #recall ${emotion}`,
        author: { id: 'a-big', handle: 'bignews', name: 'Big News', followers: 250_000 },
        analysis: { ...base.analysis, queries: ['q-rival'], emotions: { ...emotions, [emotion]: 0.9 } },
      })),
    )
    await logIn(page, address, 'fr')
    const share = page.locator('.ranked[data-list="share-of-voice"]')
    await share.locator('li[data-key="q-acme"][data-count="4"]').getByText('Acme').waitFor()
    await share.locator('li[data-key="q-rival"][data-count="3"]').getByText(/43\s%/).waitFor()
    const mix = page.locator('.ranked[data-list="emotions"]')
    await mix.locator('li[data-key="anger"][data-count="2"]').getByText('Colère').waitFor()
    await mix.locator('li[data-key="fear"][data-count="1"]').getByText('Peur').waitFor()
    const author = page.locator('.ranked[data-list="authors"] li[data-key="bignews"][data-count="3"]')
    await author.getByText(/250\sk abonnés/).waitFor()
    await page.locator('.ranked[data-list="hashtags"] li[data-key="#recall"]').waitFor()
    await page.locator('.ranked[data-list="sources"] li[data-key="mastodon"][data-count="7"]').waitFor()
    const top = page.locator('[data-panel="top"] .mention')
    assert.equal(await top.count(), 7)
  },
)
