import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import type { Brand } from './brand.ts'
import { simulate } from './simulate.ts'

export interface WriteScenarioOptions {
  /** the JSONL file of mentions (Vigie's mention format) */
  out: string
  /** the truth JSON file */
  truth: string
  seed: string | number
  scenario: string
  days?: number
  start?: Date
  brand?: Brand
  /** multiplies the ordinary traffic's volume */
  volume?: number
}

/** `vigie simulate`: writes a scenario's mentions as JSONL and what was injected as the truth JSON; returns counts. */
export const writeScenario = async (options: WriteScenarioOptions) => {
  const { out, truth: truthPath, ...simulateOptions } = options
  const { mentions, truth } = simulate(simulateOptions)
  const file = createWriteStream(out, { encoding: 'utf8' })
  const closed = new Promise<void>((resolve, reject) => {
    file.on('error', reject)
    file.on('finish', resolve)
  })
  for (const mention of mentions) {
    if (!file.write(`${JSON.stringify(mention)}\n`)) await Promise.race([once(file, 'drain'), closed])
  }
  file.end()
  await closed
  await writeFile(truthPath, `${JSON.stringify(truth, null, 2)}\n`)
  const crises = truth.events.filter((e) => e.kind === 'crisis').length
  return { mentions: mentions.length, events: truth.events.length, crises }
}
