import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'

/**
 * Headers every answer carries unless its route set its own: no MIME sniffing, no framing, no referrer,
 * and a Content-Security-Policy that lets nothing run (pages set a stricter, nonce'd one of their own).
 * The reference page's only style is allowed by its hash.
 */
export const addSecurityHeaders = (app: FastifyInstance, styleHashes: readonly string[] = []) => {
  const styles = styleHashes.map((h) => `'sha256-${h}'`).join(' ')
  const policy = `default-src 'none'; ${styles ? `style-src ${styles}; ` : ''}frame-ancestors 'none'; base-uri 'none'; form-action 'self'`
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', policy)
    reply.header('X-Content-Type-Options', 'nosniff')
    reply.header('X-Frame-Options', 'DENY')
    reply.header('Referrer-Policy', 'no-referrer')
    reply.header('Cross-Origin-Opener-Policy', 'same-origin')
    return payload
  })
}

export const styleHash = (css: string) => createHash('sha256').update(css).digest('base64')
