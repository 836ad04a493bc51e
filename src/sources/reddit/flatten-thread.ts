import { AppError } from '../../core/index.ts'
import { checkListing, type RawThing } from './read-new-things.ts'
import { markOf } from './reddit-cursor.ts'

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * The comments of a thread (`/comments/<id>` answers [post listing, comment tree listing]) as a flat list,
 * each without its `replies`, titled with the post's title when it has none. `more` stubs (the comments
 * Reddit did not send) are left out: fetching them costs a call per stub.
 */
export const flattenThread = (json: unknown, label: string, title?: string): RawThing[] => {
  if (!Array.isArray(json) || json.length < 2)
    throw new AppError('unavailable', `${label}: the answer is not a thread [post, comments]`)
  const out: RawThing[] = []
  const walk = (children: unknown[]) => {
    for (const child of children) {
      if (isObject(child) && child.kind === 'more') continue
      if (!isObject(child) || child.kind !== 't1' || !isObject(child.data)) {
        out.push({ raw: child, mark: undefined })
        continue
      }
      const { replies, ...data } = child.data
      const titled =
        title !== undefined && data.link_title === undefined ? { ...data, link_title: title } : data
      out.push({ raw: { kind: 't1', data: titled }, mark: markOf(data) })
      if (
        isObject(replies) &&
        replies.kind === 'Listing' &&
        isObject(replies.data) &&
        Array.isArray(replies.data.children)
      )
        walk(replies.data.children)
    }
  }
  walk(checkListing(json[1], label).data.children)
  return out
}
