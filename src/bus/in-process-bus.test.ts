import { busContract } from './bus.contract.ts'
import { createInProcessBus } from './in-process-bus.ts'

busContract('in-process', async (_t, options) => createInProcessBus({ maxDeliver: options.maxDeliver }))
