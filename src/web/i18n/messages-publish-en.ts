/** The strings of publishing in English: a draft's publishing, the pause switch, the publishers' settings. */
export const PUBLISH_EN = {
  'publish.title': 'Publish',
  'publish.through': 'Publish through',
  'publish.when': 'When',
  'publish.now': 'now',
  'publish.later': 'at a date and time',
  'publish.at': 'Date and time (your local time)',
  'publish.submit': 'Publish',
  'publish.schedule': 'Schedule',
  'publish.noPublisher':
    'No publisher fits this draft: an admin adds one in the settings (Mastodon or Bluesky for posts and threads, a webhook for anything).',
  'publish.published': 'Published',
  'publish.part': 'Post {n} of {count}',
  'publish.partial': '{published} of {count} posts went out: publish again to send the rest.',
  'publish.scheduled': 'Scheduled for {when} through {publisher}.',
  'publish.lastError':
    'The last try failed: {error}. It is tried again at the next round (every 30 seconds).',
  'publish.unschedule': 'Unschedule',
  'publish.error.paused': 'Not published: publishing is paused since {when}, by {who}. Lift the pause first.',
  'publish.error.notApproved': 'Not published: only an approved draft goes out. Have it approved first.',
  'publish.error.tooLong':
    'Not published: post {part} is longer than {network} allows ({limit} characters). Shorten it (the new text is approved again) or choose another publisher.',
  'publish.error.channel':
    'Not published: a press statement, an internal message or a private reply goes out through a webhook, or by hand, not on a network.',
  'publish.error.partial':
    'The network refused post {next} of {count} ({reason}): {published} went out. Publish again to send the rest; no post goes out twice.',
  'publish.error.secret':
    'Not published: the environment variable {variable} is not set where vigie serve runs. Ask whoever runs the server to set it.',
  'publish.error.noPublishing': 'This server does not publish: only vigie serve does.',
  'publish.error.changed': 'The draft changed meanwhile: reload the page and try again.',
  'pause.title': 'Publishing is paused',
  'pause.banner': 'Since {when}, by {who}.',
  'pause.reason': 'Reason: {reason}',
  'pause.effect': 'Nothing is published; scheduled replies wait until the pause is lifted.',
  'pause.lift': 'Lift the pause',
  'pause.liftAnalyst': 'Lifting the pause needs the analyst role.',
  'pause.open': 'Pause all publishing',
  'pause.reasonLabel': 'Why pause? (the whole team sees it)',
  'pause.confirm': 'Pause now',
  'pause.hint': 'Stops every publication and scheduled reply of the workspace until the pause is lifted.',
  'publishers.title': 'Publishers',
  'publishers.hint':
    'Where approved replies go out. No secret passes through Vigie: each publisher names the environment variable that holds its secret, to be set where vigie serve runs (then restart it).',
  'publishers.none': 'No publisher yet: replies can only be published by hand.',
  'publishers.addTitle': 'Add a publisher',
  'publishers.kind': 'Kind',
  'publishers.kind.mastodon': 'Mastodon',
  'publishers.kind.bluesky': 'Bluesky',
  'publishers.kind.webhook': 'Webhook',
  'publishers.id': 'Identifier',
  'publishers.idHint': 'letters, digits, dot, dash, underscore',
  'publishers.name': 'Name',
  'publishers.url': 'Address',
  'publishers.handle': 'Bluesky handle',
  'publishers.secretEnv': 'Environment variable of the secret',
  'publishers.envHint': 'capitals, digits and _, e.g. ACME_MASTODON_TOKEN',
  'publishers.add': 'Add the publisher',
  'publishers.actions': 'Actions',
  'publishers.remove': 'Remove',
  'publishers.removeNamed': 'Remove {name}',
  'publishers.help.mastodon':
    'Mastodon: the address is the instance (e.g. https://mastodon.social). The secret is an access token: in the account’s Preferences → Development, create an application with the write:statuses scope and copy its access token into the variable.',
  'publishers.help.bluesky':
    'Bluesky: the address is the account’s server (https://bsky.social for most accounts), with the account’s handle. The secret is an app password made in Settings → Privacy and security → App passwords, never the account’s own password.',
  'publishers.help.webhook':
    'Webhook: any HTTPS address (a website’s CMS, an intranet). The secret signs every request (X-Vigie-Signature), as alert webhooks are signed.',
} as const
