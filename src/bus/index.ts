export { createInProcessBus, type InProcessBusOptions } from './in-process-bus.ts'
export { createNatsBus, type NatsBusOptions, natsStreamName } from './nats-bus.ts'
export {
  BUS_KINDS,
  type Bus,
  type BusHandler,
  type BusKind,
  busSubject,
  type DeadLetter,
  deadLetterSubject,
  isBusUnreachable,
  type KeptDeadLetter,
  type Lease,
  type PublishOptions,
  type SubscribeOptions,
  type Subscription,
} from './port.ts'
