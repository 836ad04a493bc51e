export { htmlToText } from './html-to-text.ts'
export { mastodonDocument } from './mastodon-document.ts'
export { MastodonAccount, MastodonStatus } from './status-schema.ts'
export { statusToMention } from './status-to-mention.ts'
