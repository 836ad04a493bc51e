export { apiRoutes, createApp } from './app.ts'
export type { ApiContext, AuthSettings } from './context.ts'
export { type ErrorBody, HTTP_STATUS, toErrorReply } from './error-reply.ts'
export type { AccessSettings } from './request-guard.ts'
