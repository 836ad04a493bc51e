import type { BrandQuery } from '../core/index.ts'

/** `Télécomète` → `telecomete`: the query id derived from the brand name. */
export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'brand'

/** `--owned @a,@b` → `['a', 'b']` */
export const parseOwned = (owned: string | undefined): string[] =>
  String(owned ?? '')
    .split(',')
    .map((h) => h.trim().replace(/^@/, '').toLowerCase())
    .filter(Boolean)

/** The brand query given on the command line (`--brand`, `--query`, `--owned`). */
export const toBrandQuery = (
  workspaceId: string,
  brand: string,
  query: string,
  owned?: string,
): BrandQuery => ({
  id: slug(brand),
  workspaceId,
  brand,
  query,
  owned: parseOwned(owned),
})

/** Throws the query's first problem (an `invalid` AppError with its column) before anything is stored. */
export const checkBrandQuery = async (query: BrandQuery) => {
  const { compileQueries } = await import('../analysis/index.ts')
  compileQueries([query])
}
