export { createInProcessBus } from './in-process-bus.ts'
export type { Bus } from './port.ts'
