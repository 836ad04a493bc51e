import { z } from 'zod'
import { Cause } from './analysis.ts'
import { CRISIS_TYPES, POSTURES } from './vocabulary.ts'

/**
 * The crisis types of Coombs' Situational Crisis Communication Theory (SCCT), in three clusters by how much
 * responsibility stakeholders attribute to the organisation: victim (weak), accidental (minimal),
 * preventable (strong).
 */
export const CrisisType = z.enum(CRISIS_TYPES)
export type CrisisType = z.infer<typeof CrisisType>

export const CrisisCluster = z.enum(['victim', 'accidental', 'preventable'])
export type CrisisCluster = z.infer<typeof CrisisCluster>

/**
 * The three postures our users choose between: acknowledge and repair (apology, corrective action,
 * compensation); counter-attack or shift responsibility (attack the accuser, scapegoat, excuse,
 * justification, victim posture); deny or minimise (denial, "no crisis", "could have been worse").
 */
export const Posture = z.enum(POSTURES)
export type Posture = z.infer<typeof Posture>

/** The facts posture advice is drawn from; an incident supplies them and the team can correct them. */
export const PostureFacts = z
  .object({
    cause: Cause,
    /** inferred from the cause and the facts when absent */
    crisisType: CrisisType.optional(),
    harm: z.enum(['none', 'minor', 'severe']),
    /** people were hurt, lost money or data: someone is a victim */
    victims: z.boolean(),
    /** crises the organisation went through before (SCCT's crisis history) */
    pastCrises: z.number().int().min(0).max(1000),
    /** prior relational reputation */
    reputation: z.enum(['good', 'neutral', 'bad']),
    /** the accusation is known to be false (the team can prove it) */
    accusationFalse: z.boolean().optional(),
    /** the posture the team is leaning to: its risks are spelt out */
    chosen: Posture.optional(),
    lang: z.enum(['fr', 'en']),
  })
  .strict()
export type PostureFacts = z.infer<typeof PostureFacts>

export const PostureRisk = z.enum(['low', 'medium', 'high'])
export type PostureRisk = z.infer<typeof PostureRisk>

export const PostureOption = z.object({
  posture: Posture,
  risk: PostureRisk,
  /** why it fits or does not, in the requested language */
  reasons: z.array(z.string()),
})
export type PostureOption = z.infer<typeof PostureOption>

export const PostureAdvice = z.object({
  recommended: Posture,
  crisisType: CrisisType,
  cluster: CrisisCluster,
  /** true when the crisis type was inferred from the cause (the team should check it) */
  crisisTypeInferred: z.boolean(),
  /** the other two postures, each with its risk here */
  alternatives: z.array(PostureOption),
  /** why the recommended posture, from the facts and the theory */
  reasons: z.array(z.string()),
  /** what to watch out for: the chosen posture's risks when it is not the recommended one, consistency */
  warnings: z.array(z.string()),
  /** the published guidelines the advice follows */
  sources: z.array(z.string()),
})
export type PostureAdvice = z.infer<typeof PostureAdvice>
