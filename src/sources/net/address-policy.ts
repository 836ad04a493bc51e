import { BlockList, isIP } from 'node:net'
import { AppError } from '../../core/index.ts'

/** Which hosts a user-supplied URL may reach (the `network` slice of the config). */
export interface NetPolicy {
  /** names or addresses an administrator allows even though they are private (`network.allowHosts`) */
  allowHosts: readonly string[]
}

export const OPEN_INTERNET: NetPolicy = { allowHosts: [] }

/**
 * Loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and
 * reserved ranges: what a URL given by a user must not make the server call.
 */
const blocked = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6')

/** The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`) or NAT64 (`64:ff9b::a.b.c.d`) IPv6 address. */
const embeddedIpv4 = (address: string): string | undefined => {
  const m = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (m) return m[1]
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address)
  if (!hex) return undefined
  const [hi, lo] = [Number.parseInt(hex[1]!, 16), Number.parseInt(hex[2]!, 16)]
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.')
}

export const isBlockedAddress = (address: string): boolean => {
  const bare = address.replace(/^\[|\]$/g, '').split('%')[0]!
  const family = isIP(bare)
  if (family === 0) return true
  if (family === 4) return blocked.check(bare, 'ipv4')
  const v4 = embeddedIpv4(bare)
  return v4 !== undefined ? blocked.check(v4, 'ipv4') : blocked.check(bare, 'ipv6')
}

const bareHost = (host: string) => host.toLowerCase().replace(/^\[|\]$/g, '')

const isAllowed = (host: string, policy: NetPolicy) =>
  policy.allowHosts.some((h) => bareHost(h) === bareHost(host))

/** Refuses an address the policy does not allow, naming the setting that would. */
export const checkAddress = (host: string, address: string, policy: NetPolicy) => {
  if (isAllowed(host, policy) || !isBlockedAddress(address)) return
  throw new AppError(
    'forbidden',
    `${host} resolves to ${address}, a private, loopback or link-local address: refused (an administrator may allow the host in network.allowHosts / VIGIE_ALLOW_HOSTS)`,
  )
}

/** Refuses a URL that is not http(s), or whose host is a literal address the policy does not allow. */
export const checkUrl = (raw: string, policy: NetPolicy): URL => {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new AppError('invalid', `not a URL: ${raw}`)
  }
  if (
    url.protocol !== 'http:' &&
    url.protocol !== 'https:' &&
    url.protocol !== 'ws:' &&
    url.protocol !== 'wss:'
  )
    throw new AppError('invalid', `only http, https, ws and wss URLs are fetched, not ${url.protocol}`)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) !== 0) checkAddress(host, host, policy)
  return url
}

export const hostIsAllowed = isAllowed
