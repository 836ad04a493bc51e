import { writeFileSync } from 'node:fs'

/**
 * `total` mentions (tests only) that all match the query `telecomete`, two seconds apart, in the mention
 * format, with ids `m<first>`… on the source `fault`.
 */
export const writeFaultMentions = (path: string, total: number, first = 0) => {
  const start = Date.UTC(2026, 0, 5, 8)
  const words = ['panne', 'facture', 'merci', 'outage', 'support', 'réseau', 'bravo', 'slow']
  const lines = Array.from({ length: total }, (_, k) => first + k).map((i) =>
    JSON.stringify({
      id: `m${i}`,
      source: 'fault',
      createdAt: new Date(start + i * 2000).toISOString(),
      text: `telecomete ${words[i % words.length]} ${words[(i * 7) % words.length]} n°${i}`,
      author: { id: `a${i % 500}`, handle: `user${i % 500}` },
    }),
  )
  writeFileSync(path, `${lines.join('\n')}\n`)
}
