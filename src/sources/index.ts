export { createBlueskyConnector } from './bluesky/index.ts'
export { ACCEPTED_DATE_FORMS, checkTimeZone } from './dates/index.ts'
export {
  checkFieldMap,
  checkInputFile,
  createFileConnector,
  detectFormat,
  FILE_FORMATS,
  type FieldMap,
  type FileConnector,
  type FileConnectorOptions,
  type FileFormat,
  type FileNotice,
  type FilePreview,
  MENTION_FIELDS,
  type MentionField,
  parseFieldMap,
  previewFile,
  readCsvRecords,
  suggestFieldMap,
} from './file/index.ts'
export { createMastodonConnector } from './mastodon/index.ts'
export { createMemoryConnector } from './memory/memory-connector.ts'
export {
  checkUrl,
  fetchSafely,
  guardedLookup,
  isBlockedAddress,
  type NetPolicy,
  OPEN_INTERNET,
  type SafeFetchOptions,
  type SafeResponse,
} from './net/index.ts'
export type { Connector, Cursor, MapResult, Rejection, SourceItem } from './port.ts'
export { createRedditConnector } from './reddit/index.ts'
export {
  createRssConnector,
  type RssDeps,
  type RssNotice,
  RssOptions,
  type RssOptionsInput,
} from './rss/index.ts'
export { createPushedConnector, isValidSignature, newWebhookSecret, signBody } from './webhook/index.ts'
