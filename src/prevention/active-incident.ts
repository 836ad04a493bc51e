import { type Incident, STOPWORDS } from '../core/index.ts'
import type { CharterStore } from './charter-store.ts'
import type { ActiveIncident } from './find-crisis-echo.ts'
import { foldWord } from './text-tokens.ts'

// words of an incident title too common to say a post echoes the crisis
const GENERIC = new Set(
  [
    'client',
    'clients',
    'customer',
    'customers',
    'produit',
    'produits',
    'product',
    'products',
    'service',
    'marque',
    'brand',
    'crise',
    'crisis',
    'incident',
    'probleme',
    'problem',
    'issue',
    'rappel',
  ].map(foldWord),
)

/** An incident's terms for the crisis-echo check: its title, and the title's telling words. */
export const incidentTerms = (incident: Pick<Incident, 'title'>): ActiveIncident => {
  const words = incident.title
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w.length >= 4 && !STOPWORDS.has(w.toLowerCase()) && !GENERIC.has(foldWord(w)))
  return { terms: [incident.title, ...words], summary: incident.title }
}

/** The workspace's newest incident that is not closed, as the checker reads it; undefined when calm. */
export const findActiveIncident = async (
  store: Pick<CharterStore, 'listIncidents'>,
  workspaceId: string,
): Promise<ActiveIncident | undefined> => {
  const recent = await store.listIncidents({ workspaceId, limit: 50 })
  const open = recent.find((i) => i.state !== 'closed')
  return open && incidentTerms(open)
}
