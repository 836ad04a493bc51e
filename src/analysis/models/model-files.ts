import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import type { Lang } from '../../core/index.ts'
import { type LexiconTable, lexiconFromJson } from './lexicon-table.ts'
import { type LinearModel, linearFromJson } from './linear-model.ts'

/** The committed model files (written by `npm run train`), read once per process. */
const DATA_DIR = new URL('./data/', import.meta.url)

export type ModelLang = Exclude<Lang, 'und'>
export const MODEL_LANGS: readonly ModelLang[] = ['en', 'fr']

const readGzipJson = <T>(file: string): T =>
  JSON.parse(gunzipSync(readFileSync(new URL(file, DATA_DIR))).toString('utf8')) as T

const memo = new Map<string, LinearModel | LexiconTable>()
const once = <T extends LinearModel | LexiconTable>(key: string, load: () => T): T => {
  const hit = memo.get(key)
  if (hit !== undefined) return hit as T
  const value = load()
  memo.set(key, value)
  return value
}

export const loadLexicon = (lang: ModelLang): LexiconTable =>
  once(`lexicon-${lang}`, () => lexiconFromJson(readGzipJson(`lexicon-${lang}.json.gz`)))

export const loadLinearModel = (task: 'sentiment' | 'emotions', lang: ModelLang): LinearModel =>
  once(`${task}-${lang}`, () => linearFromJson(readGzipJson(`${task}-${lang}.json.gz`)))
