import { z } from 'zod'

/** One strict schema, grouped by module; each module receives only its slice. */
export const Config = z
  .object({
    server: z
      .object({
        host: z.string().default('127.0.0.1'),
        port: z.coerce.number().int().min(0).max(65535).default(8080),
      })
      .strict()
      .default({ host: '127.0.0.1', port: 8080 }),
    store: z
      .object({
        kind: z.enum(['sqlite']).default('sqlite'),
        /** folder holding vigie.db */
        dataDir: z.string().default('./data'),
      })
      .strict()
      .default({ kind: 'sqlite', dataDir: './data' }),
    log: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      })
      .strict()
      .default({ level: 'info' }),
    alerts: z
      .object({
        webhook: z
          .object({
            url: z.string().url(),
            /** HMAC-SHA256 key for the `X-Vigie-Signature` header */
            secret: z.string().min(16),
            maxAttempts: z.coerce.number().int().min(1).max(20).default(6),
          })
          .strict()
          .optional(),
      })
      .strict()
      .default({}),
    demo: z
      .object({
        enabled: z.coerce.boolean().default(true),
        /** event-time seconds per wall-clock second while the demo crisis replays */
        speed: z.coerce.number().positive().default(60),
        /** wall-clock seconds after start when the crisis begins */
        crisisAfterSeconds: z.coerce.number().nonnegative().default(60),
      })
      .strict()
      .default({ enabled: true, speed: 60, crisisAfterSeconds: 60 }),
  })
  .strict()
export type Config = z.infer<typeof Config>
export type ConfigInput = z.input<typeof Config>
