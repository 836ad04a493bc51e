// Ids and urls that look like each source's own. Why: the detector stores
// `source:id`, and realistic ids (snowflakes, t3_/t1_, TIDs) keep it honest.
// Ids are given in time order, after sorting, so they are unique and rising.

import type { BrandProfile } from './brand-profile.ts'
import type { Draft } from './types.ts'

const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz'
const MASTODON_INSTANCES = [
  'mastodon.social',
  'piaille.fr',
  'mamot.fr',
  'mstdn.social',
  'hachyderm.io',
  'framapiaf.org',
]

function base32Sortable(v: bigint, len: number): string {
  let out = ''
  for (let i = 0; i < len; i++) {
    out = TID_ALPHABET[Number(v & 31n)] + out
    v >>= 5n
  }
  return out
}

function smallHash(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}

export class IdMaker {
  private counters = new Map<string, number>()

  constructor(private readonly profile: BrandProfile) {}

  private next(source: string): number {
    const n = (this.counters.get(source) ?? 0) + 1
    this.counters.set(source, n)
    return n
  }

  id(d: Draft): string {
    const n = this.next(d.source)
    const t = BigInt(Math.floor(d.t))
    switch (d.source) {
      case 'x':
        return (((t - 1288834974657n) << 22n) | BigInt(n & 0x3fffff)).toString()
      case 'mastodon':
        return ((t << 16n) | BigInt(n & 0xffff)).toString()
      case 'bluesky':
        return base32Sortable(((t * 1000n) << 10n) | BigInt(n & 1023), 13)
      case 'tiktok':
        return ((t << 20n) | BigInt(n & 0xfffff)).toString()
      case 'instagram':
        return ((t << 21n) | BigInt(n & 0x1fffff)).toString()
      case 'facebook':
        return `${100000000 + (smallHash(this.profile.brand.id) % 899999999)}_${((t << 8n) | BigInt(n & 255)).toString()}`
      case 'reddit':
        return `${d.replyTo ? 't1' : 't3'}_${(2_000_000_000 + n * 37).toString(36)}`
      case 'hackernews':
        return String(41_000_000 + n * 3)
      case 'appstore':
        return String(11_000_000_000 + n * 7)
      case 'youtube':
        return `Ugx${(smallHash(`${n}:${d.t}`).toString(36) + n.toString(36)).padStart(12, 'k')}4AaABAg`
      case 'news':
      case 'rss':
        return `${d.source === 'rss' ? 'guid' : 'art'}-${d.author.handle.slice(0, 6)}-${(1_000_000 + n).toString(36)}`
      default:
        return String(300_000 + n)
    }
  }

  url(d: Draft, rootId: string | undefined): string {
    const id = d.id ?? ''
    const h = d.author.handle
    switch (d.source) {
      case 'x':
        return `https://x.com/${h}/status/${id}`
      case 'mastodon':
        return `https://${MASTODON_INSTANCES[smallHash(h) % MASTODON_INSTANCES.length]}/@${h}/${id}`
      case 'bluesky':
        return `https://bsky.app/profile/${h}.bsky.social/post/${id}`
      case 'tiktok':
        return `https://www.tiktok.com/@${h}/video/${id}`
      case 'instagram':
        return `https://www.instagram.com/p/${BigInt(id).toString(36)}/`
      case 'facebook':
        return `https://www.facebook.com/${id.replace('_', '/posts/')}`
      case 'reddit': {
        const sub = this.profile.communities[smallHash(rootId ?? id) % this.profile.communities.length]
        const root = (rootId ?? id).replace(/^t3_/, '')
        return d.replyTo
          ? `https://www.reddit.com/r/${sub}/comments/${root}/comment/${id.replace(/^t1_/, '')}/`
          : `https://www.reddit.com/r/${sub}/comments/${root}/`
      }
      case 'hackernews':
        return `https://news.ycombinator.com/item?id=${id}`
      case 'youtube':
        return `https://www.youtube.com/watch?v=${(smallHash(rootId ?? id).toString(36) + 'xQ9').slice(0, 11)}&lc=${id}`
      case 'news':
      case 'rss': {
        const day = new Date(d.t).toISOString().slice(0, 10).replace(/-/g, '/')
        const slug = (d.title ?? d.text)
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z0-9]+/g, '-')
          .slice(0, 60)
          .replace(/^-|-$/g, '')
        return `https://www.${d.author.domain ?? 'news.example'}/${day}/${slug}-${id.slice(-5)}`
      }
      case 'appstore':
        return ''
      default: {
        const forum = d.source.replace(/^forum-/, '')
        return `https://forum.${forum}.${this.profile.calendar === 'FR' ? 'fr' : 'com'}/t/${rootId ?? id}/${id}`
      }
    }
  }
}
