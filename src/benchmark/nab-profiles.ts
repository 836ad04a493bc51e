import { z } from 'zod'
import { AppError, describeIssues } from '../core/index.ts'

export const NAB_PROFILE_NAMES = ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate'] as const
export const NabProfileName = z.enum(NAB_PROFILE_NAMES)
export type NabProfileName = z.infer<typeof NabProfileName>

/** NAB's cost matrix; `tnWeight` exists in NAB's file but never enters the score. */
export const NabCostMatrix = z.object({
  tpWeight: z.number(),
  fpWeight: z.number(),
  fnWeight: z.number(),
  tnWeight: z.number().optional(),
})
export type NabCostMatrix = z.infer<typeof NabCostMatrix>

export interface NabProfile extends NabCostMatrix {
  name: string
}

/**
 * The three application profiles of NAB's `config/profiles.json` (numenta/NAB, MIT licence,
 * Copyright 2014-2024 Numenta Inc.), so that scoring needs no extra file.
 */
export const NAB_PROFILES: Readonly<Record<NabProfileName, NabProfile>> = {
  standard: { name: 'standard', tpWeight: 1, fpWeight: 0.11, fnWeight: 1, tnWeight: 1 },
  reward_low_FP_rate: { name: 'reward_low_FP_rate', tpWeight: 1, fpWeight: 0.22, fnWeight: 1, tnWeight: 1 },
  reward_low_FN_rate: { name: 'reward_low_FN_rate', tpWeight: 1, fpWeight: 0.11, fnWeight: 2, tnWeight: 1 },
}

const NabProfilesFile = z.record(z.string(), z.object({ CostMatrix: NabCostMatrix }))

/** Parses a `profiles.json` in NAB's layout (`{ name: { CostMatrix: {...} } }`). */
export const parseNabProfiles = (text: string, file: string): NabProfile[] => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new AppError('invalid', `${file}: not JSON (${(error as Error).message})`)
  }
  const parsed = NabProfilesFile.safeParse(json)
  if (!parsed.success) {
    throw new AppError('invalid', `${file}: ${describeIssues(parsed.error.issues).join('; ')}`)
  }
  return Object.entries(parsed.data).map(([name, { CostMatrix }]) => ({ name, ...CostMatrix }))
}
