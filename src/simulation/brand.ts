/** A fictional brand the simulator talks about. */
export interface Brand {
  /** a stable id, used as the brand query's id */
  id: string
  name: string
  /** the name as people mistype it (no accents...) */
  variants: string[]
  /** the brand's own accounts, lowercase without `@`: main first, customer support second */
  handles: { main: string; support: string }
  /** the brand's hashtag, without `#` */
  hashtag: string
  /** the products and services people talk about */
  products: string[]
  /** the names of a few people at the brand (the CEO first) */
  people: string[]
  /** rivals, for comparisons */
  rivals: string[]
}

/** A fictional French telecom operator, for the demo and the built-in scenarios. */
export const TELECOMETE: Brand = {
  id: 'telecomete',
  name: 'Télécomète',
  variants: ['Telecomete', 'telecomete', 'TÉLÉCOMÈTE'],
  handles: { main: 'telecomete', support: 'telecomete_aide' },
  hashtag: 'Telecomete',
  products: [
    'la Comète Box',
    'la fibre',
    'le forfait 5G',
    'la box 4G',
    'le forfait Astre',
    "l'appli Télécomète",
  ],
  people: ['Hélène Marchal', 'Bruno Lefort'],
  rivals: ['Orbitel', 'Nébula Mobile', 'Satelio'],
}

/** What the truth file records of a scenario's brand query (see BrandQuery in src/core). */
export interface SimulatedQuery {
  id: string
  brand: string
  /** a plain OR of terms and phrases, valid in Vigie's query language */
  query: string
  owned: string[]
}

/** `"Télécomète" OR "Telecomete" OR telecomete OR @telecomete OR @telecomete_aide` */
export const brandQueryText = (brand: Brand): string => {
  const phrases = [brand.name, ...brand.variants.filter((v) => v.toLowerCase() !== v)].map((v) => `"${v}"`)
  const terms = [...new Set(brand.variants.filter((v) => v.toLowerCase() === v))]
  const handles = [brand.handles.main, brand.handles.support].map((h) => `@${h}`)
  return [...new Set([...phrases, ...terms, ...handles])].join(' OR ')
}

export const brandQuery = (brand: Brand): SimulatedQuery => ({
  id: brand.id,
  brand: brand.name,
  query: brandQueryText(brand),
  owned: [brand.handles.main, brand.handles.support],
})
