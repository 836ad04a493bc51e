/** One measured figure, optionally next to a baseline measured in the same run. */
export interface BenchRow {
  name: string
  unit: string
  value: number
  baseline?: { name: string; value: number }
}
