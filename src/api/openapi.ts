import { z } from 'zod'
import { API_PREFIX } from './register-routes.ts'
import type { Access, RouteSpec } from './route-spec.ts'

type JsonSchema = Record<string, unknown>

/** JSON Schema 2020-12 (what OpenAPI 3.1 uses) of a zod schema; dates are ISO 8601 strings on the wire. */
const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
    override: (c) => {
      if ((c.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === 'date') {
        c.jsonSchema.type = 'string'
        c.jsonSchema.format = 'date-time'
      }
    },
  }) as JsonSchema
  return json
}

const ACCESS_TEXT: Record<Access, string> = {
  public: 'anyone, without logging in',
  caller: 'any caller (a demo visitor included)',
  user: 'a logged-in user',
  'installation-admin': 'an administrator of the installation',
  viewer: 'viewer or above in the workspace',
  responder: 'responder or above in the workspace',
  analyst: 'analyst or above in the workspace',
  admin: 'admin of the workspace',
}

const parametersOf = (spec: RouteSpec) => {
  const out: JsonSchema[] = []
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue
    const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] }
    for (const [name, property] of Object.entries(json.properties ?? {}))
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: property,
      })
  }
  return out
}

const ERROR_STATUSES = {
  '400': 'invalid input',
  '401': 'not logged in',
  '403': 'not allowed',
  '404': 'not found',
  '429': 'too many requests',
}

const successOf = (spec: RouteSpec) => {
  const status = String(spec.status ?? 200)
  if (status === '204') return { [status]: { description: 'done, no content' } }
  const content: Record<string, unknown> = {}
  for (const type of spec.produces ?? []) content[type] = {}
  if (!spec.produces)
    content['application/json'] = { schema: spec.response ? toSchema(spec.response, 'output') : {} }
  return { [status]: { description: 'success', content } }
}

const operationOf = (spec: RouteSpec) => ({
  tags: [spec.tag],
  summary: spec.summary,
  description: `Who may call it: ${ACCESS_TEXT[spec.access]}.`,
  operationId: `${spec.method.toLowerCase()}${spec.path.replace(/[/:]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
  'x-vigie-access': spec.access,
  ...(spec.access === 'public' ? { security: [] } : {}),
  parameters: parametersOf(spec),
  ...(spec.upload
    ? {
        requestBody: {
          required: true,
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
      }
    : {}),
  ...(spec.body
    ? {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: toSchema(spec.body, 'input') } },
        },
      }
    : {}),
  responses: {
    ...successOf(spec),
    ...Object.fromEntries(
      Object.entries(ERROR_STATUSES).map(([status, description]) => [
        status,
        { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      ]),
    ),
  },
})

/** The OpenAPI 3.1 document of /api/v1, written from the routes' own schemas. */
export const buildOpenApi = (specs: readonly RouteSpec[], version: string) => {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const spec of specs) {
    const path = `${API_PREFIX}${spec.path.replace(/:(\w+)/g, '{$1}')}`
    paths[path] ??= {}
    paths[path][spec.method.toLowerCase()] = operationOf(spec)
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vigie API',
      version,
      description:
        'Social listening and crisis detection. Log in with POST /api/v1/session (a cookie; send X-CSRF-Token with changes) or send an API token as Authorization: Bearer <token>.',
    },
    servers: [{ url: '/' }],
    security: [{ token: [] }, { session: [] }],
    tags: [...new Set(specs.map((s) => s.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        token: {
          type: 'http',
          scheme: 'bearer',
          description: 'an API token (vigie tokens create, POST /api/v1/tokens)',
        },
        session: { type: 'apiKey', in: 'cookie', name: 'vigie_session' },
      },
      schemas: {
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
              required: ['code', 'message'],
            },
          },
          required: ['error'],
        },
      },
    },
  }
}
