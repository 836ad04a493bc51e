import { INCIDENT_STATES } from '../../core/vocabulary.ts'
import { routeHash } from './routes.ts'

type IncidentState = (typeof INCIDENT_STATES)[number]

/** The incidents page's own state in the URL: one incident (`id`) or the list of one state. */
export interface IncidentsSearch {
  id?: string
  state?: IncidentState
}

const isState = (value: string | null): value is IncidentState =>
  INCIDENT_STATES.includes(value as IncidentState)

export const readIncidentsSearch = (search: string): IncidentsSearch => {
  const params = new URLSearchParams(search)
  const id = params.get('id')?.trim()
  const state = params.get('state')
  return { ...(id ? { id } : {}), ...(isState(state) ? { state } : {}) }
}

export const incidentsSearch = (s: IncidentsSearch): string => {
  const params = new URLSearchParams()
  if (s.id) params.set('id', s.id)
  if (s.state) params.set('state', s.state)
  return params.toString()
}

/** The link to an incident's crisis room. */
export const incidentHref = (ws: string, id: string): string =>
  routeHash({ ws, page: 'incidents', search: incidentsSearch({ id }) })
