import { jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'

/** Every batch (bus message) the raw stream of a test's bus holds, in order, with its items as published. */
export const rawBatches = async <Item = unknown>(setup: {
  env: Record<string, string>
  prefix: string
}): Promise<{ items: Item[] }[]> => {
  const nc = await connect({ servers: setup.env.VIGIE_BUS_URL! })
  try {
    const jsm = await jetstreamManager(nc)
    const stream = `${setup.prefix.toUpperCase()}_RAW`
    const { first_seq, last_seq, messages } = (await jsm.streams.info(stream)).state
    const batches: { items: Item[] }[] = []
    for (let seq = first_seq; messages > 0 && seq <= last_seq; seq++)
      batches.push((await jsm.streams.getMessage(stream, { seq }))!.json() as { items: Item[] })
    return batches
  } finally {
    await nc.close()
  }
}
