/** One printed table of `npm run eval`. */
export interface EvalSection {
  title: string
  columns: string[]
  rows: (string | number)[][]
  notes?: string[]
}
