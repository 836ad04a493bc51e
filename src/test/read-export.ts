import type { Mention } from '../core/index.ts'
import type { Rejection } from '../sources/index.ts'
import { createFileConnector, type FileFormat } from '../sources/index.ts'

/** Reads a whole export file through the file connector (tests of the network formats). */
export const readExport = async (path: string, format: FileFormat) => {
  const mentions: Mention[] = []
  const rejections: Rejection[] = []
  for await (const item of createFileConnector({ path, format }).read(
    undefined,
    new AbortController().signal,
  )) {
    if ('mention' in item) mentions.push(item.mention)
    else rejections.push(item.rejected)
  }
  return { mentions, rejections, byId: new Map(mentions.map((m) => [m.id, m])) }
}
