import type { Charter, Incident, IncidentState } from '../core/index.ts'

/** What the prevention use cases need of the store (the Store port satisfies it). */
export interface CharterStore {
  saveCharter(input: Omit<Charter, 'version'>): Promise<Charter>
  getCharter(workspaceId: string, version?: number): Promise<Charter | undefined>
  listIncidents(input: { workspaceId: string; state?: IncidentState; limit?: number }): Promise<Incident[]>
}
