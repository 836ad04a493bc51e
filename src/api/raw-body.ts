import type { FastifyRequest } from 'fastify'

/** The JSON body as it came, for routes that check a signature of the exact bytes (the webhook intake). */
const rawBodies = new WeakMap<FastifyRequest, string>()

export const keepRawBody = (request: FastifyRequest, text: string) => rawBodies.set(request, text)
export const rawBodyOf = (request: FastifyRequest): string => rawBodies.get(request) ?? ''
