import { writeFileSync } from 'node:fs'

/** The brands of `writeBurstMentions`, one brand query each (tests only). */
export const BURST_BRANDS = ['alphacom', 'bravonet', 'charliebank', 'deltarail', 'echopost', 'foxtrotair']

/**
 * The mentions of `BURST_BRANDS` in one file, in time order (tests only): for each brand one a minute for
 * `days` days, then, from the middle of the last day, a burst of complaints (`burst` mentions in twenty
 * minutes), each brand's burst an hour after the previous one's. Ids `<brand>-<n>`, source `fault`; returns
 * the total written.
 */
export const writeBurstMentions = (path: string, days = 2, burst = 400) => {
  const start = Date.UTC(2026, 0, 5)
  const complaints = ['panne totale', 'scandale', 'remboursez', 'outage again', 'honteux', 'arnaque']
  const calm = ['merci', 'facture', 'support', 'bravo', 'question', 'réseau']
  const rows: { id: string; createdAt: number; text: string; author: string }[] = []
  for (const [b, brand] of BURST_BRANDS.entries()) {
    for (let i = 0; i < days * 1440; i++)
      rows.push({
        id: `${brand}-c${i}`,
        createdAt: start + i * 60_000 + b * 1000,
        text: `${brand} ${calm[i % 6]}`,
        author: `${brand}user${i % 700}`,
      })
    const burstAt = start + (days - 1) * 86_400_000 + 12 * 3_600_000 + b * 3_600_000
    for (let i = 0; i < burst; i++)
      rows.push({
        id: `${brand}-b${i}`,
        createdAt: burstAt + Math.floor((i * 1_200_000) / burst),
        text: `${brand} ${complaints[i % 6]} ${complaints[(i * 5) % 6]} n°${i}`,
        author: `${brand}angry${i % 300}`,
      })
  }
  rows.sort((x, y) => x.createdAt - y.createdAt || x.id.localeCompare(y.id))
  const lines = rows.map((r) =>
    JSON.stringify({
      id: r.id,
      source: 'fault',
      createdAt: new Date(r.createdAt).toISOString(),
      text: r.text,
      author: { id: r.author, handle: r.author },
    }),
  )
  writeFileSync(path, `${lines.join('\n')}\n`)
  return rows.length
}
