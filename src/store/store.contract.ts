import { describe } from 'node:test'
import { accountsContract } from './contract/accounts.contract.ts'
import { aggregateContract } from './contract/aggregate.contract.ts'
import { alertCommentsContract } from './contract/alert-comments.contract.ts'
import { chartersContract } from './contract/charters.contract.ts'
import { correctionsContract } from './contract/corrections.contract.ts'
import { countedAuthorsContract } from './contract/counted-authors.contract.ts'
import { countedHoursContract } from './contract/counted-hours.contract.ts'
import { exportContract } from './contract/export.contract.ts'
import { filtersContract } from './contract/filters.contract.ts'
import { importBatchesContract } from './contract/import-batches.contract.ts'
import { incidentsContract } from './contract/incidents.contract.ts'
import { isolationContract } from './contract/isolation.contract.ts'
import { mentionMetricsContract } from './contract/mention-metrics.contract.ts'
import { mentionsContract } from './contract/mentions.contract.ts'
import { notificationRulesContract } from './contract/notification-rules.contract.ts'
import { ownedAccountsContract } from './contract/owned-accounts.contract.ts'
import { recordsContract } from './contract/records.contract.ts'
import { drillsContract, publishingContract, repliesContract } from './contract/replies.contract.ts'
import { searchContract } from './contract/search.contract.ts'
import { sortContract } from './contract/sort.contract.ts'
import { sourcesContract } from './contract/sources.contract.ts'
import { createUseStore } from './contract/use-store.ts'
import { volumeContract } from './contract/volume.contract.ts'
import type { Store } from './port.ts'

/**
 * The behaviour every Store adapter shares. An adapter's test calls it with a factory that returns a
 * fresh, empty store (the suite migrates and closes it). For tests only.
 */
export const storeContract = (name: string, makeStore: () => Promise<Store>) => {
  describe(`${name} store contract`, () => {
    const use = createUseStore(makeStore)
    describe('mentions', () => mentionsContract(use))
    describe('full-text search', () => searchContract(use))
    describe('volume', () => volumeContract(use))
    describe('mention filters', () => filtersContract(use))
    describe('mention orders', () => sortContract(use))
    describe('export', () => exportContract(use))
    describe('overview aggregates', () => aggregateContract(use))
    describe('overview from hourly counts', () => countedHoursContract(use))
    describe('top authors from the counts per period', () => countedAuthorsContract(use))
    describe('workspaces, queries, cursors, alerts and dead letters', () => recordsContract(use))
    describe('workspace isolation', () => isolationContract(use))
    describe('sentiment corrections', () => correctionsContract(use))
    describe('accounts: users, memberships, sessions and API tokens', () => accountsContract(use))
    describe('alert comments', () => alertCommentsContract(use))
    describe('sources', () => sourcesContract(use))
    describe('notification rules', () => notificationRulesContract(use))
    describe('incidents', () => incidentsContract(use))
    describe('replies, approval chains and the audit trail', () => repliesContract(use))
    describe('publishers, the pause switch and scheduled replies', () => publishingContract(use))
    describe('crisis drills', () => drillsContract(use))
    describe('owned accounts', () => ownedAccountsContract(use))
    describe('engagement added to stored mentions', () => mentionMetricsContract(use))
    describe('charters', () => chartersContract(use))
    describe('what the analyze workers did with the batches of an import', () => importBatchesContract(use))
  })
}
