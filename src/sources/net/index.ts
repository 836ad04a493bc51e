export { checkUrl, isBlockedAddress, type NetPolicy, OPEN_INTERNET } from './address-policy.ts'
export { fetchSafely, type SafeFetchOptions, type SafeResponse } from './fetch-safely.ts'
export { guardedLookup } from './guarded-lookup.ts'
