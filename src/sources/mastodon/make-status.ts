/** Test builders: statuses shaped as Mastodon sends them. */

/** A status id of the kind Mastodon gives (18 digits), the `n`th of a test. */
export const sid = (n: number): string => String(113456789000000000n + BigInt(n))

/** A Status entity shaped as the REST API and the streaming API send it (the fields of Mastodon 4.x). */
export const makeStatus = (
  n: number,
  text: string,
  o: { acct?: string; replyTo?: string; reblog?: Record<string, unknown> } = {},
): Record<string, unknown> => {
  const acct = o.acct ?? 'lea'
  const id = sid(n)
  return {
    id,
    created_at: new Date(Date.UTC(2026, 2, 2, 8) + n * 60_000).toISOString(),
    in_reply_to_id: o.replyTo ?? null,
    in_reply_to_account_id: o.replyTo ? '109876543210' : null,
    sensitive: false,
    spoiler_text: '',
    visibility: 'public',
    language: 'fr',
    uri: `https://piaille.fr/users/${acct}/statuses/${id}`,
    url: `https://piaille.fr/@${acct}/${id}`,
    replies_count: 0,
    reblogs_count: 1,
    favourites_count: 3,
    edited_at: null,
    content: o.reblog ? '' : `<p>${text}</p>`,
    reblog: o.reblog ?? null,
    application: { name: 'Web', website: null },
    account: {
      id: `10987${acct.length}`,
      username: acct.split('@')[0],
      acct,
      display_name: acct === 'lea' ? 'Léa' : '',
      locked: false,
      bot: false,
      created_at: '2022-11-02T00:00:00.000Z',
      url: `https://piaille.fr/@${acct}`,
      followers_count: 812,
      following_count: 301,
      statuses_count: 5402,
    },
    media_attachments: [],
    mentions: [],
    tags: [],
    emojis: [],
    card: null,
    poll: null,
  }
}
