import { EN, type MessageKey, type Messages } from './messages-en.ts'
import { FR } from './messages-fr.ts'

export type Lang = 'fr' | 'en'
export const LANGS: readonly Lang[] = ['fr', 'en']
export const LANG_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English' }
export const MESSAGES: Record<Lang, Messages> = { en: EN, fr: FR }

export type Params = Record<string, string | number>
export type Translate = (key: MessageKey, params?: Params) => string

export const isLang = (value: unknown): value is Lang => value === 'fr' || value === 'en'

/** The translator of a language: `{name}` is replaced by `params.name` (as text). */
export const translator =
  (lang: Lang): Translate =>
  (key, params) =>
    MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params?.[name] === undefined ? whole : String(params[name]),
    )

/**
 * The interface language: a logged-in person's account language (saved when they switch, so it follows them
 * to any browser), else the one asked for in the URL (the login form passes its own), else the one chosen
 * here before, else the browser's first French or English, else English.
 */
export const chooseLanguage = (choices: {
  asked?: string | null
  remembered?: Lang
  account?: Lang | null
  browser?: readonly string[]
}): Lang => {
  if (choices.account) return choices.account
  if (isLang(choices.asked)) return choices.asked
  if (choices.remembered) return choices.remembered
  const first = (choices.browser ?? []).map((l) => l.slice(0, 2).toLowerCase()).find(isLang)
  return first ?? 'en'
}
