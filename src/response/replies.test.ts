import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createManualClock, type DraftFlag, type Incident } from '../core/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { type Actor, createDraft, decideDraft, editDraft, setApprovalChain, submitDraft } from './index.ts'

const T0 = new Date('2026-03-10T09:00:00.000Z')

const incident: Incident = {
  id: 'i1',
  workspaceId: 'acme',
  queryId: null,
  title: 'la bouilloire qui prend feu',
  state: 'responding',
  ownerId: null,
  openedAt: T0,
  openedBy: 'writer',
  closedAt: null,
  alertIds: [],
  facts: { cause: 'product_defect', harm: 'severe', victims: true, pastCrises: 0, reputation: 'neutral' },
  posture: null,
}

const writer = { userId: 'writer', role: 'responder' as const }
const lead = { userId: 'lead', role: 'analyst' as const }
const legal = { userId: 'legal', role: 'analyst' as const }
const intern = { userId: 'intern', role: 'responder' as const }

const setUp = async (flags: DraftFlag[] = []) => {
  const store = createSqliteStore({ path: ':memory:' })
  await store.migrate()
  await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: T0, language: 'fr' })
  await store.saveIncident(incident)
  const checked: string[] = []
  const ctx = {
    store,
    clock: createManualClock(T0),
    check: ({ text }: { text: string }) => {
      checked.push(text)
      return flags
    },
  }
  return { store, ctx, checked }
}

/** A draft with its gaps filled, as the team would before submitting. */
const filledDraft = async (ctx: Awaited<ReturnType<typeof setUp>>['ctx']) => {
  const draft = await createDraft({
    ctx,
    input: {
      workspaceId: 'acme',
      incidentId: 'i1',
      actor: writer,
      draft: { audience: 'customers', channel: 'short_post', network: 'bluesky' },
    },
  })
  return editDraft({
    ctx,
    input: {
      workspaceId: 'acme',
      id: draft.id,
      actor: writer,
      parts: [
        'Vous êtes nombreux à subir « la bouilloire qui prend feu » et nous en sommes désolés. Rappel gratuit : acme.example/rappel',
      ],
    },
  })
}

test('a new draft follows the advised posture and the workspace’s language, with gaps marked to fill', async () => {
  const { ctx, store } = await setUp()
  const draft = await createDraft({
    ctx,
    input: {
      workspaceId: 'acme',
      incidentId: 'i1',
      actor: writer,
      draft: { audience: 'harmed', channel: 'press_statement' },
    },
  })
  assert.equal(draft.posture, 'acknowledge') // preventable, severe harm: SCCT advises rebuilding
  assert.equal(draft.lang, 'fr')
  assert.equal(draft.state, 'draft')
  assert.match(draft.parts[0]!, /\[à compléter : /)
  assert.deepEqual(
    (await store.listAuditEntries({ workspaceId: 'acme', draftId: draft.id })).map((e) => e.action),
    ['created'],
  )
  await assert.rejects(
    submitDraft({ ctx, input: { workspaceId: 'acme', id: draft.id, actor: writer } }),
    (e: Error) => /fill in the gaps/.test(e.message),
  )
})

test('a draft passes every step of the chain in order, each by someone entitled who did not write it', async () => {
  const { ctx, store, checked } = await setUp()
  await setApprovalChain({
    ctx,
    input: {
      workspaceId: 'acme',
      actor: { userId: 'boss', role: 'admin' },
      steps: [
        { name: 'Direction de la communication', role: 'analyst' },
        { name: 'Juridique', userIds: ['legal'] },
      ],
    },
  })
  const draft = await filledDraft(ctx)
  const submitted = await submitDraft({ ctx, input: { workspaceId: 'acme', id: draft.id, actor: writer } })
  assert.equal(submitted.state, 'in_review')
  assert.equal(checked.length, 1)
  const decide = (actor: Actor, decision: object) =>
    decideDraft({ ctx, input: { workspaceId: 'acme', id: draft.id, actor, decision } })
  await assert.rejects(
    decide({ ...writer, role: 'analyst' }, { decision: 'approved' }),
    /you wrote this revision/,
  )
  await assert.rejects(decide(intern, { decision: 'approved' }), /needs the analyst role/)
  const first = await decide(lead, { decision: 'approved', revision: 2 })
  assert.equal(first.state, 'in_review')
  assert.equal(first.step, 1)
  await assert.rejects(decide(lead, { decision: 'approved' }), /named approvers only/)
  const done = await decide(legal, { decision: 'approved', comment: 'ok juridique' })
  assert.equal(done.state, 'approved')
  assert.deepEqual(
    done.decisions.map((d) => [d.userId, d.step]),
    [
      ['lead', 0],
      ['legal', 1],
    ],
  )
  const trail = await store.listAuditEntries({ workspaceId: 'acme', incidentId: 'i1' })
  assert.deepEqual(
    trail.map((e) => `${e.action}:${e.userId}`),
    ['created:writer', 'edited:writer', 'submitted:writer', 'approved:lead', 'approved:legal'],
  )
  const kinds = (await store.listTimeline('acme', 'i1')).map((e) => `${e.kind}:${e.text.split(':')[0]}`)
  assert.deepEqual(kinds, ['reply:submitted', 'reply:approved'])
})

test('a rejection needs a reason and sends the draft back; an edit starts the chain again', async () => {
  const { ctx } = await setUp()
  const draft = await filledDraft(ctx)
  await submitDraft({ ctx, input: { workspaceId: 'acme', id: draft.id, actor: writer } })
  const decide = (decision: object) =>
    decideDraft({ ctx, input: { workspaceId: 'acme', id: draft.id, actor: lead, decision } })
  await assert.rejects(decide({ decision: 'rejected' }), /say why/)
  const rejected = await decide({ decision: 'rejected', comment: 'trop familier' })
  assert.equal(rejected.state, 'rejected')
  await assert.rejects(decide({ decision: 'approved' }), /not waiting for approval/)
  const edited = await editDraft({
    ctx,
    input: { workspaceId: 'acme', id: draft.id, actor: writer, parts: ['Nous sommes désolés.'] },
  })
  assert.equal(edited.revision, 3)
  assert.equal(edited.state, 'draft')
  await submitDraft({ ctx, input: { workspaceId: 'acme', id: draft.id, actor: writer } })
  await assert.rejects(decide({ decision: 'approved', revision: 2 }), /you read revision 2/)
  assert.equal((await decide({ decision: 'approved', revision: 3 })).state, 'approved')
})

test('a high-severity flag blocks approval unless the approver accepts the risk, and the audit says so', async () => {
  const flag: DraftFlag = {
    kind: 'personal_data',
    severity: 'high',
    start: 0,
    end: 5,
    message: 'un numéro de téléphone',
  }
  const { ctx, store } = await setUp([flag])
  const draft = await filledDraft(ctx)
  const submitted = await submitDraft({ ctx, input: { workspaceId: 'acme', id: draft.id, actor: writer } })
  assert.deepEqual(submitted.flags, [flag])
  const decide = (decision: object) =>
    decideDraft({ ctx, input: { workspaceId: 'acme', id: draft.id, actor: lead, decision } })
  await assert.rejects(decide({ decision: 'approved' }), /flagged personal_data/)
  assert.equal((await decide({ decision: 'approved', acceptRisks: true })).state, 'approved')
  const last = (await store.listAuditEntries({ workspaceId: 'acme', draftId: draft.id })).at(-1)!
  assert.deepEqual(last.detail.acceptedRisks, ['personal_data'])
})

test('two approvers deciding on the same copy at once: the second is told to reload, nothing is lost', async () => {
  const { ctx, store } = await setUp()
  const draft = await filledDraft(ctx)
  const inReview = await submitDraft({ ctx, input: { workspaceId: 'acme', id: draft.id, actor: writer } })
  // the second approver read the draft before the first one's decision was saved
  const stale = { ...store, getReplyDraft: async () => inReview }
  await decideDraft({
    ctx,
    input: { workspaceId: 'acme', id: draft.id, actor: lead, decision: { decision: 'approved' } },
  })
  await assert.rejects(
    decideDraft({
      ctx: { ...ctx, store: stale },
      input: {
        workspaceId: 'acme',
        id: draft.id,
        actor: legal,
        decision: { decision: 'rejected', comment: 'non' },
      },
    }),
    (e: Error & { code?: string }) => e.code === 'conflict',
  )
  assert.equal((await store.getReplyDraft('acme', draft.id))?.state, 'approved')
})

test('a post longer than its network allows cannot be submitted', async () => {
  const { ctx } = await setUp()
  const draft = await createDraft({
    ctx,
    input: {
      workspaceId: 'acme',
      incidentId: 'i1',
      actor: writer,
      draft: { audience: 'customers', channel: 'short_post', network: 'x' },
    },
  })
  await editDraft({
    ctx,
    input: { workspaceId: 'acme', id: draft.id, actor: writer, parts: ['é'.repeat(281)] },
  })
  await assert.rejects(
    submitDraft({ ctx, input: { workspaceId: 'acme', id: draft.id, actor: writer } }),
    /part 1 has 281 characters; x allows 280/,
  )
})
