// The registry of brand profiles and of sector vocabularies.

import type { BrandProfile } from './brand-profile.ts'
import { FRANCE_PROFILES } from './profiles-france.ts'
import { INTERNATIONAL_PROFILES } from './profiles-international.ts'
import { WORLD_PROFILES } from './profiles-world.ts'
import type { SectorLexicon } from './sector-lexicon.ts'
import { CONSUMER_SECTORS } from './sectors-consumer.ts'
import { INDUSTRY_SECTORS } from './sectors-industry.ts'
import { MEDIA_SECTORS } from './sectors-media.ts'
import { SERVICE_SECTORS } from './sectors-services.ts'

export const PROFILES: BrandProfile[] = [...FRANCE_PROFILES, ...INTERNATIONAL_PROFILES, ...WORLD_PROFILES]

const SECTORS: Record<string, SectorLexicon> = {
  ...SERVICE_SECTORS,
  ...CONSUMER_SECTORS,
  ...MEDIA_SECTORS,
  ...INDUSTRY_SECTORS,
}

export function profileById(id: string): BrandProfile {
  const p = PROFILES.find((x) => x.id === id)
  if (!p) throw new Error(`unknown profile "${id}"; known: ${PROFILES.map((x) => x.id).join(', ')}`)
  return p
}

export function sectorOf(p: BrandProfile): SectorLexicon {
  const s = SECTORS[p.sector]
  if (!s) throw new Error(`unknown sector ${p.sector}`)
  return s
}
