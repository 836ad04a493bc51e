import { html, SafeHtml } from './html.ts'

interface Operation {
  tags: string[]
  summary: string
  description: string
  parameters: { name: string; in: string; required: boolean; schema: unknown }[]
  requestBody?: { content: Record<string, { schema: unknown }> }
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>
}
interface Document {
  info: { title: string; version: string; description: string }
  paths: Record<string, Record<string, Operation>>
}

export const REFERENCE_STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h2{border-bottom:1px solid #ccc;margin-top:2.5rem}section{margin:1.2rem 0;padding:.6rem 1rem;border-left:4px solid #3b6ea5;background:#f6f8fa}
code.m{font-weight:700;margin-right:.5rem}pre{overflow:auto;background:#fff;padding:.5rem;font-size:13px}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}`

const schemaBlock = (label: string, schema: unknown): SafeHtml =>
  html`<details><summary>${label}</summary><pre>${JSON.stringify(schema, null, 2)}</pre></details>`

const renderOperation = (method: string, path: string, op: Operation): SafeHtml => {
  const body = op.requestBody?.content['application/json']?.schema
  const [status, success] = Object.entries(op.responses)[0]!
  const returned = Object.entries(success.content ?? {})
  return html`<section id="${`${method}-${path}`}">
  <h3><code class="m">${method.toUpperCase()}</code><code>${path}</code></h3>
  <p>${op.summary}. ${op.description}</p>
  ${
    op.parameters.length > 0
      ? html`<table><tr><th>parameter</th><th>in</th><th>required</th><th>schema</th></tr>${op.parameters.map(
          (p) =>
            html`<tr><td><code>${p.name}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${JSON.stringify(p.schema)}</code></td></tr>`,
        )}</table>`
      : ''
  }
  ${body ? schemaBlock('request body (application/json)', body) : ''}
  ${returned.map(([type, c]) => schemaBlock(`${status} ${type}`, c.schema ?? {}))}
  ${returned.length === 0 ? html`<p>${status}: ${success.description}</p>` : ''}
</section>`
}

/** A readable page of the OpenAPI document: one section per tag, one block per operation. */
export const renderApiReference = (doc: Document): string => {
  const byTag = new Map<string, SafeHtml[]>()
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags[0] ?? 'other'
      byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(method, path, op)])
    }
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${doc.info.title} ${doc.info.version}</title><style>${new SafeHtml(REFERENCE_STYLE)}</style></head><body>
<h1>${doc.info.title} <small>${doc.info.version}</small></h1><p>${doc.info.description}</p>
<p>The machine-readable file: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<nav>${[...byTag.keys()].map((tag) => html`<a href="#tag-${tag}">${tag}</a> · `)}</nav>
${[...byTag].map(([tag, ops]) => html`<h2 id="tag-${tag}">${tag}</h2>${ops}`)}
</body></html>`}`
}
