/** An id for a new brand query made from its brand: `Télécomète FR` → `q-telecomete-fr`. */
export const queryIdFor = (brand: string): string => {
  const slug = brand
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `q-${slug || 'brand'}`
}
