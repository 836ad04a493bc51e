import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import type { LookupFunction } from 'node:net'
import { checkAddress, type NetPolicy } from './address-policy.ts'

/**
 * A `lookup` for http.request and ws: the name is resolved, and every address is checked at connection time,
 * so a name that resolves to a private address (or changes to one after a first check: DNS rebinding) is
 * refused on the connection actually made. Literal addresses skip lookup: `checkUrl` covers them.
 */
export const guardedLookup =
  (policy: NetPolicy): LookupFunction =>
  (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0)
      try {
        for (const a of addresses) checkAddress(hostname, a.address, policy)
      } catch (refused) {
        return callback(refused as NodeJS.ErrnoException, '', 0)
      }
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      const first = addresses[0]!
      callback(null, first.address, first.family)
    })
  }
