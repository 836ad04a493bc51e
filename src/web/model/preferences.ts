/** What the browser remembers for its user: the interface language and the alert sound. */
export interface Preferences {
  lang?: 'fr' | 'en'
  sound?: boolean
}

/** The part of `localStorage` used here, so tests can give their own. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>

const keyOf = (who: string) => `vigie.preferences.${who}`

/** Each user's preferences apart (`who`: a user id, or `demo`); anything unreadable counts as nothing. */
export const readPreferences = (store: KeyValueStore, who: string): Preferences => {
  try {
    const value = JSON.parse(store.getItem(keyOf(who)) ?? '{}') as Preferences
    return {
      ...(value.lang === 'fr' || value.lang === 'en' ? { lang: value.lang } : {}),
      ...(typeof value.sound === 'boolean' ? { sound: value.sound } : {}),
    }
  } catch {
    return {}
  }
}

export const savePreferences = (store: KeyValueStore, who: string, change: Preferences): Preferences => {
  const next = { ...readPreferences(store, who), ...change }
  try {
    store.setItem(keyOf(who), JSON.stringify(next))
  } catch {
    // storage full or refused (private mode): the choice holds for this visit only
  }
  return next
}
