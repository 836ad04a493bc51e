export { createPushedConnector } from './pushed-connector.ts'
export { isValidSignature, newWebhookSecret, signBody } from './signature.ts'
