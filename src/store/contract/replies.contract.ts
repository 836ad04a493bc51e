import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type AuditEntry, type Publisher, ReplyDraft } from '../../core/index.ts'
import { HOUR, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const draft = (id: string, over: Partial<ReplyDraft> = {}): ReplyDraft =>
  ReplyDraft.parse({
    id,
    workspaceId: 'acme',
    incidentId: 'i1',
    posture: 'acknowledge',
    audience: 'customers',
    channel: 'thread',
    network: 'bluesky',
    lang: 'fr',
    parts: ['Vous êtes nombreux à subir « la panne » (1/2)', 'En savoir plus : https://acme.example (2/2)'],
    state: 'draft',
    revision: 1,
    step: 0,
    decisions: [],
    flags: [],
    createdBy: 'u1',
    createdAt: new Date(T0),
    editedBy: 'u1',
    updatedAt: new Date(T0),
    changes: 1,
    ...over,
  })

const audit = (over: Partial<Omit<AuditEntry, 'id'>> = {}): Omit<AuditEntry, 'id'> => ({
  workspaceId: 'acme',
  incidentId: 'i1',
  draftId: 'd1',
  at: new Date(T0),
  userId: 'u1',
  action: 'created',
  revision: 1,
  detail: { parts: ['bonjour'] },
  ...over,
})

export const repliesContract = (use: UseStore) => {
  test('a new draft is stored whole once; a second draft with the same id is refused', () =>
    use(async (store) => {
      const first = draft('d1')
      assert.equal(await store.saveReplyDraft(first), true)
      assert.deepEqual(await store.getReplyDraft('acme', 'd1'), first)
      assert.equal(await store.saveReplyDraft(draft('d1', { parts: ['autre'] })), false)
      assert.deepEqual(await store.getReplyDraft('acme', 'd1'), first)
      assert.equal(await store.getReplyDraft('globex', 'd1'), undefined)
    }))

  test('a draft saved over a copy that moved on is refused, and the newer copy stays', () =>
    use(async (store) => {
      await store.saveReplyDraft(draft('d1'))
      const approved = draft('d1', { state: 'approved', step: 1, changes: 2 })
      const edited = draft('d1', { parts: ['modifié'], revision: 2, changes: 2 })
      assert.equal(await store.saveReplyDraft(approved), true)
      assert.equal(await store.saveReplyDraft(edited), false)
      assert.deepEqual(await store.getReplyDraft('acme', 'd1'), approved)
      assert.equal(await store.saveReplyDraft({ ...edited, changes: 3 }), true)
      assert.deepEqual((await store.getReplyDraft('acme', 'd1'))?.parts, ['modifié'])
    }))

  test("an incident's drafts are listed oldest first, its own only", () =>
    use(async (store) => {
      await store.saveReplyDraft(draft('late', { createdAt: new Date(T0 + HOUR) }))
      await store.saveReplyDraft(draft('early'))
      await store.saveReplyDraft(draft('elsewhere', { incidentId: 'i2' }))
      await store.saveReplyDraft(draft('other-client', { workspaceId: 'globex' }))
      assert.deepEqual(
        (await store.listReplyDrafts('acme', 'i1')).map((d) => d.id),
        ['early', 'late'],
      )
    }))

  test("a workspace's approval chain is stored, replaced, and kept apart from another's", () =>
    use(async (store) => {
      assert.equal(await store.getApprovalChain('acme'), undefined)
      const chain = {
        workspaceId: 'acme',
        steps: [
          { name: 'Community manager', role: 'responder' as const, userIds: [] },
          { name: 'Juridique', role: 'analyst' as const, userIds: ['u7'] },
        ],
        updatedAt: new Date(T0),
        updatedBy: 'u1',
      }
      await store.saveApprovalChain(chain)
      assert.deepEqual(await store.getApprovalChain('acme'), chain)
      const shorter = { ...chain, steps: chain.steps.slice(1), updatedAt: new Date(T0 + HOUR) }
      await store.saveApprovalChain(shorter)
      assert.deepEqual(await store.getApprovalChain('acme'), shorter)
      assert.equal(await store.getApprovalChain('globex'), undefined)
    }))

  test('the audit trail keeps entries in the order written, by incident, by draft or whole', () =>
    use(async (store) => {
      await store.addAuditEntries([audit(), audit({ action: 'submitted', detail: { flags: [] } })])
      await store.addAuditEntries([audit({ draftId: 'd2', at: new Date(T0 - HOUR) })])
      await store.addAuditEntries([
        audit({ incidentId: null, draftId: null, action: 'chain_changed', revision: null }),
      ])
      await store.addAuditEntries([audit({ workspaceId: 'globex' })])
      const all = await store.listAuditEntries({ workspaceId: 'acme' })
      assert.deepEqual(
        all.map((e) => [e.draftId, e.action]),
        [
          ['d1', 'created'],
          ['d1', 'submitted'],
          ['d2', 'created'],
          [null, 'chain_changed'],
        ],
      )
      assert.deepEqual(all[0], { ...audit(), id: all[0]!.id })
      assert.equal((await store.listAuditEntries({ workspaceId: 'acme', incidentId: 'i1' })).length, 3)
      assert.equal((await store.listAuditEntries({ workspaceId: 'acme', draftId: 'd2' })).length, 1)
    }))

  test('purging a workspace deletes its drafts, chain and audit trail, not another workspace’s', () =>
    use(async (store) => {
      await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(T0) })
      await store.saveReplyDraft(draft('d1'))
      await store.saveReplyDraft(draft('d1', { workspaceId: 'globex' }))
      await store.saveApprovalChain({
        workspaceId: 'acme',
        steps: [{ name: 'Com', role: 'analyst', userIds: [] }],
        updatedAt: null,
        updatedBy: null,
      })
      await store.addAuditEntries([audit(), audit({ workspaceId: 'globex' })])
      await store.purgeWorkspace('acme')
      assert.equal(await store.getReplyDraft('acme', 'd1'), undefined)
      assert.equal(await store.getApprovalChain('acme'), undefined)
      assert.deepEqual(await store.listAuditEntries({ workspaceId: 'acme' }), [])
      assert.ok(await store.getReplyDraft('globex', 'd1'))
      assert.equal((await store.listAuditEntries({ workspaceId: 'globex' })).length, 1)
    }))
}

export const publishingContract = (use: UseStore) => {
  const publisher = (id: string, workspaceId = 'acme'): Publisher => ({
    id,
    workspaceId,
    kind: 'mastodon',
    name: 'Acme sur Mastodon',
    url: 'https://social.example',
    handle: null,
    secretEnv: 'ACME_MASTODON_TOKEN',
    createdAt: new Date(T0),
  })

  test('publishers are stored per workspace, replaced by id, listed by id and deleted', () =>
    use(async (store) => {
      await store.savePublisher(publisher('b'))
      await store.savePublisher(publisher('a'))
      await store.savePublisher({ ...publisher('a'), name: 'Acme (officiel)' })
      await store.savePublisher(publisher('a', 'globex'))
      assert.deepEqual(
        (await store.listPublishers('acme')).map((p) => [p.id, p.name]),
        [
          ['a', 'Acme (officiel)'],
          ['b', 'Acme sur Mastodon'],
        ],
      )
      assert.deepEqual(await store.getPublisher('acme', 'b'), publisher('b'))
      assert.equal(await store.deletePublisher('acme', 'a'), true)
      assert.equal(await store.deletePublisher('acme', 'a'), false)
      assert.equal(await store.getPublisher('acme', 'a'), undefined)
      assert.ok(await store.getPublisher('globex', 'a'))
    }))

  test('the pause switch is set, replaced and lifted per workspace', () =>
    use(async (store) => {
      assert.equal(await store.getPublishingPause('acme'), undefined)
      const pause = { workspaceId: 'acme', since: new Date(T0), by: 'u1', reason: 'crise' }
      await store.setPublishingPause('acme', pause)
      assert.deepEqual(await store.getPublishingPause('acme'), pause)
      assert.equal(await store.getPublishingPause('globex'), undefined)
      await store.setPublishingPause('acme', { ...pause, reason: 'toujours' })
      assert.equal((await store.getPublishingPause('acme'))?.reason, 'toujours')
      await store.setPublishingPause('acme', null)
      assert.equal(await store.getPublishingPause('acme'), undefined)
    }))

  test('due drafts are the approved, scheduled ones up to a time, soonest first, of every workspace', () =>
    use(async (store) => {
      const at = (h: number) => ({ publisherId: 'a', at: new Date(T0 + h * HOUR), by: 'u1', lastError: null })
      await store.saveReplyDraft(draft('late', { state: 'approved', schedule: at(2) }))
      await store.saveReplyDraft(draft('soon', { state: 'approved', schedule: at(1), workspaceId: 'globex' }))
      await store.saveReplyDraft(draft('later', { state: 'approved', schedule: at(5) }))
      await store.saveReplyDraft(draft('unscheduled', { state: 'approved' }))
      await store.saveReplyDraft(draft('not-approved', { state: 'in_review', schedule: at(1) }))
      const due = async (h: number) =>
        (await store.listDueReplyDrafts(new Date(T0 + h * HOUR))).map((d) => d.id)
      assert.deepEqual(await due(3), ['soon', 'late'])
      const published = {
        ...(await store.getReplyDraft('acme', 'late'))!,
        state: 'published' as const,
        changes: 2,
      }
      await store.saveReplyDraft(published)
      assert.deepEqual(await due(3), ['soon'])
      assert.deepEqual(await due(0), [])
    }))
}

export const drillsContract = (use: UseStore) => {
  test('drills are stored by sandbox, listed newest first by the workspace they copy, and ended', () =>
    use(async (store) => {
      const drill = (id: string, h: number) => ({
        workspaceId: id,
        sourceWorkspaceId: 'acme',
        scenario: 'demo',
        startedAt: new Date(T0 + h * HOUR),
        startedBy: 'u1',
        onsetAt: new Date(T0 + h * HOUR + 60_000),
        speed: 1.5,
        endedAt: null,
      })
      await store.saveDrill(drill('acme-drill-1', 0))
      await store.saveDrill(drill('acme-drill-2', 1))
      await store.saveDrill({ ...drill('globex-drill-1', 2), sourceWorkspaceId: 'globex' })
      assert.deepEqual(
        (await store.listDrills('acme')).map((d) => d.workspaceId),
        ['acme-drill-2', 'acme-drill-1'],
      )
      assert.deepEqual(await store.getDrill('acme-drill-1'), drill('acme-drill-1', 0))
      assert.equal(await store.getDrill('acme'), undefined)
      await store.saveDrill({ ...drill('acme-drill-1', 0), endedAt: new Date(T0 + 5 * HOUR) })
      assert.equal((await store.getDrill('acme-drill-1'))?.endedAt?.getTime(), T0 + 5 * HOUR)
    }))
}
