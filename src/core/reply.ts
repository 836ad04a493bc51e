import { z } from 'zod'
import { Posture } from './response.ts'
import { AUDIENCES, DRAFT_STATES, NETWORK_LIMITS, REPLY_CHANNELS, ROLES } from './vocabulary.ts'

export { AUDIENCES, DRAFT_STATES, NETWORK_LIMITS, REPLY_CHANNELS }

/** Who a reply speaks to. `harmed`: the people the crisis hurt (victims, customers who lost something). */
export const Audience = z.enum(AUDIENCES)
export type Audience = z.infer<typeof Audience>

/** The form a reply takes. */
export const ReplyChannel = z.enum(REPLY_CHANNELS)
export type ReplyChannel = z.infer<typeof ReplyChannel>

/** The networks a post or thread is written for; their length limits are in the vocabulary. */
export type ReplyNetwork = keyof typeof NETWORK_LIMITS
export const ReplyNetwork = z.enum(Object.keys(NETWORK_LIMITS) as [ReplyNetwork, ...ReplyNetwork[]])

export const DraftState = z.enum(DRAFT_STATES)
export type DraftState = z.infer<typeof DraftState>

/** One risk the check found in a draft (the pre-publication checker's shape: kind, span, severity). */
export const DraftFlag = z.object({
  kind: z.string(),
  severity: z.enum(['low', 'medium', 'high']),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  message: z.string(),
  clause: z.string().optional(),
  suggestion: z.string().optional(),
})
export type DraftFlag = z.infer<typeof DraftFlag>

/** One decision on a draft at one step of the approval chain. */
export const ApprovalDecision = z.object({
  step: z.number().int().min(0),
  userId: z.string(),
  decision: z.enum(['approved', 'rejected']),
  comment: z.string(),
  at: z.coerce.date(),
  /** the draft's revision the decision was made on */
  revision: z.number().int().min(1),
})
export type ApprovalDecision = z.infer<typeof ApprovalDecision>

export const PUBLISHER_KINDS = ['mastodon', 'bluesky', 'webhook'] as const
export const PublisherKind = z.enum(PUBLISHER_KINDS)
export type PublisherKind = z.infer<typeof PublisherKind>

/**
 * Where approved replies go out: a Mastodon account (instance URL, access token), a Bluesky account (PDS
 * URL, handle, app password) or a webhook (URL, signing secret). The secret itself is never stored: only the
 * name of the environment variable of `vigie serve` that holds it.
 */
export const Publisher = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'letters, digits, dot, dash or underscore'),
  workspaceId: z.string(),
  kind: PublisherKind,
  name: z.string().trim().min(1).max(100),
  url: z.url({ protocol: /^https?$/ }),
  /** the Bluesky handle or DID the app password belongs to; null for the other kinds */
  handle: z.string().min(1).max(253).nullable(),
  /** the environment variable holding the token, app password or signing secret */
  secretEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name: A-Z, 0-9, _'),
  createdAt: z.coerce.date(),
})
export type Publisher = z.infer<typeof Publisher>

/** One part of a reply as it went out: its id where it was published, and its address when there is one. */
export const Publication = z.object({
  publisherId: z.string(),
  part: z.number().int().min(0),
  /** the status id (Mastodon), the record's at:// URI (Bluesky), the delivery id (webhook) */
  remoteId: z.string(),
  /** Bluesky's content id of the record (a reply names its root and parent by URI and CID) */
  cid: z.string().nullable().default(null),
  url: z.string().nullable(),
  at: z.coerce.date(),
})
export type Publication = z.infer<typeof Publication>

/** An approved draft set to go out later through a publisher (unless publishing is paused then). */
export const PublishSchedule = z.object({
  publisherId: z.string(),
  at: z.coerce.date(),
  by: z.string().nullable(),
  /** why the last attempt failed; it is tried again at the next round */
  lastError: z.string().nullable().default(null),
})
export type PublishSchedule = z.infer<typeof PublishSchedule>

/** The workspace's pause switch: while set, nothing is published, scheduled replies wait. */
export const PublishingPause = z.object({
  workspaceId: z.string(),
  since: z.coerce.date(),
  by: z.string().nullable(),
  reason: z.string().max(1000),
})
export type PublishingPause = z.infer<typeof PublishingPause>

/** A reply drafted for an incident: for one audience, in one channel and language, after a posture. */
export const ReplyDraft = z.object({
  id: z.string(),
  workspaceId: z.string(),
  incidentId: z.string(),
  posture: Posture,
  audience: Audience,
  channel: ReplyChannel,
  /** the network a short post or thread is written for; null for the other channels */
  network: ReplyNetwork.nullable(),
  lang: z.enum(['fr', 'en']),
  /** the text: one part, or a thread's posts in order */
  parts: z.array(z.string()).min(1),
  state: DraftState,
  /** 1 at creation, one more on every edit: a decision names the revision it was made on */
  revision: z.number().int().min(1),
  /** the approval step the draft waits for (0 = the first); equals the chain's length once approved */
  step: z.number().int().min(0),
  decisions: z.array(ApprovalDecision),
  /** what the check found in the text when it was last submitted */
  flags: z.array(DraftFlag),
  createdBy: z.string().nullable(),
  createdAt: z.coerce.date(),
  /** who wrote the current revision: they may not approve it themselves (four eyes) */
  editedBy: z.string().nullable(),
  updatedAt: z.coerce.date(),
  /** how many times the draft was saved: a save over a newer copy is refused (two approvers at once) */
  changes: z.number().int().min(1),
  /** set when an approved draft waits to go out at a given time */
  schedule: PublishSchedule.nullable().default(null),
  /** the parts published so far, in order (a thread that stopped half-way resumes after the last one) */
  publications: z.array(Publication).default([]),
})
export type ReplyDraft = z.infer<typeof ReplyDraft>

/**
 * One step of a workspace's approval chain (e.g. community manager → communication director → legal):
 * the step is passed by one person holding `role` or more in the workspace, or, when `userIds` is not
 * empty, by one of those people only (mandatory approvers).
 */
export const ApprovalStep = z
  .object({
    name: z.string().trim().min(1).max(80),
    role: z.enum(ROLES).default('analyst'),
    userIds: z.array(z.string().min(1)).max(50).default([]),
  })
  .strict()
export type ApprovalStep = z.infer<typeof ApprovalStep>

export const ApprovalChain = z.object({
  workspaceId: z.string(),
  steps: z.array(ApprovalStep).min(1).max(10),
  updatedAt: z.coerce.date().nullable(),
  updatedBy: z.string().nullable(),
})
export type ApprovalChain = z.infer<typeof ApprovalChain>

export const AUDIT_ACTIONS = [
  'created',
  'edited',
  'submitted',
  'approved',
  'rejected',
  'published',
  'scheduled',
  'unscheduled',
  'chain_changed',
  'publishing_paused',
  'publishing_resumed',
] as const
export const AuditAction = z.enum(AUDIT_ACTIONS)
export type AuditAction = z.infer<typeof AuditAction>

/** One line of the append-only audit trail: who did what to which draft (or chain), and when. */
export const AuditEntry = z.object({
  id: z.number().int(),
  workspaceId: z.string(),
  /** null for a change of the workspace's approval chain */
  incidentId: z.string().nullable(),
  draftId: z.string().nullable(),
  at: z.coerce.date(),
  userId: z.string().nullable(),
  action: AuditAction,
  revision: z.number().int().nullable(),
  /** the text or the chain as it was, the comment, the step: what the action needs kept */
  detail: z.record(z.string(), z.unknown()),
})
export type AuditEntry = z.infer<typeof AuditEntry>

const EmotionShares = z.object({
  anger: z.number(),
  fear: z.number(),
  sadness: z.number(),
  joy: z.number(),
  surprise: z.number(),
  disgust: z.number(),
})

/** The conversation over a window: how much, how negative, which emotions lead (shares of mentions). */
export const Stretch = z.object({
  from: z.coerce.date(),
  to: z.coerce.date(),
  mentions: z.number().int(),
  /** mentions per hour */
  perHour: z.number(),
  /** negative mentions / mentions; null when there were none */
  negativeShare: z.number().nullable(),
  /** share of the mentions whose dominant emotion is each one */
  emotions: EmotionShares,
})
export type Stretch = z.infer<typeof Stretch>

/** One public word of the brand during an incident, and what the conversation did around it. */
export const ResponseEffect = z.object({
  at: z.coerce.date(),
  /** a reply published through Vigie, or a post of the brand's own accounts seen in the stream */
  kind: z.enum(['reply', 'owned_post']),
  draftId: z.string().nullable(),
  mentionId: z.string().nullable(),
  url: z.string().nullable(),
  before: Stretch,
  after: Stretch,
  /** after.perHour / before.perHour (null when nothing before) */
  volumeRatio: z.number().nullable(),
  /** after.negativeShare − before.negativeShare (null when either is unknown) */
  negativeShareChange: z.number().nullable(),
  /** false while the window after it is still running: the figures are partial */
  complete: z.boolean(),
})
export type ResponseEffect = z.infer<typeof ResponseEffect>

/** How the brand answered an incident: how fast, and with what effect. */
export const FollowUp = z.object({
  incidentId: z.string(),
  /** the incident's first alert, else its opening */
  firstSignalAt: z.coerce.date(),
  /** the brand's first public word after it; null while it is silent */
  firstPublicWordAt: z.coerce.date().nullable(),
  /** minutes from the first signal to the first public word */
  responseMinutes: z.number().int().nullable(),
  /** the window compared before and after each response */
  windowMinutes: z.number().int(),
  responses: z.array(ResponseEffect),
})
export type FollowUp = z.infer<typeof FollowUp>
