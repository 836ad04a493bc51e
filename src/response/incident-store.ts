import type { Alert, Incident, IncidentState, TimelineEntry } from '../core/index.ts'

/** What the response use cases need of the store (the Store port satisfies it). */
export interface IncidentStore {
  getAlert(workspaceId: string, id: string): Promise<Alert | undefined>
  saveIncident(incident: Incident): Promise<void>
  getIncident(workspaceId: string, id: string): Promise<Incident | undefined>
  listIncidents(input: { workspaceId: string; state?: IncidentState; limit?: number }): Promise<Incident[]>
  addTimelineEntries(entries: Omit<TimelineEntry, 'id'>[]): Promise<TimelineEntry[]>
  listTimeline(workspaceId: string, incidentId: string): Promise<TimelineEntry[]>
}
