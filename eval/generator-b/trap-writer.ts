// Text of harmless bursts, in the post's language, always naming the brand
// (except the short replies, which often don't).

import { isOther } from './ordinary-post.ts'
import type { StreamContext } from './stream-context.ts'
import { OTHER_LANGUAGES } from './texts-other-languages.ts'
import { TRAPS_EN } from './texts-traps-en.ts'
import { TRAPS_FR } from './texts-traps-fr.ts'
import type { TrapTextKey } from './trap-texts.ts'

const PRIZES = {
  fr: [
    'un an de produits',
    'une PS5',
    'deux places pour Roland-Garros',
    'un week-end à Biarritz',
    "100 € de bons d'achat",
    'un coffret collector',
  ],
  en: [
    'a year of free products',
    'a PS5',
    'two tickets to the finals',
    'a weekend getaway',
    'a $100 gift card',
    "a collector's box",
  ],
}
const TEAMS = {
  fr: ["l'OL Féminin", 'le Stade Toulousain', 'les Bleues', "l'équipe de France de hand", 'le Racing'],
  en: ['the Harbor City Hawks', 'Team Velocity', 'the national team', 'the Riverside Royals'],
}

const REPLYISH: TrapTextKey[] = ['giveawayEntry', 'fanReply', 'memeReply']

export function trapText(
  ctx: StreamContext,
  key: TrapTextKey,
  lang: string,
  queryId: string,
  extra: Record<string, string> = {},
): string {
  const rng = ctx.rng
  const fr = lang === 'fr'
  let line: string
  if (isOther(lang)) {
    const bank = OTHER_LANGUAGES[lang]
    line = rng.pick(REPLYISH.includes(key) ? bank.positive.concat(bank.reply) : bank.positive)
  } else {
    line = rng.pick((fr ? TRAPS_FR : TRAPS_EN)[key])
  }
  const code = `${ctx.text.tagBrand(queryId).slice(0, 5).toUpperCase()}${rng.int(10, 99)}`
  const text = ctx.text.fill(line, lang, queryId, {
    prize: rng.pick(fr ? PRIZES.fr : PRIZES.en),
    team: rng.pick(fr ? TEAMS.fr : TEAMS.en),
    code,
    link: `https://${rng.pick(['bit.ly', 'tinyurl.com', 't.ly', 'cutt.ly'])}/${rng.int(100000, 9999999).toString(36)}`,
    ...(key.endsWith('News') ? { brand: ctx.text.nameForm(queryId) } : {}),
    ...extra,
  })
  const mood =
    key === 'meme' || key === 'memeReply'
      ? 'laugh'
      : key.endsWith('Bot') || key === 'earningsNews'
        ? 'none'
        : 'happy'
  const people = [
    'launchFan',
    'earningsComment',
    'sponsorship',
    'tvAd',
    'fanReply',
    'meme',
    'finale',
  ].includes(key)
  const decorated = key.endsWith('Bot')
    ? text
    : ctx.text.decorate(people ? ctx.text.wrap(text, lang, 0.4) : text, mood)
  return ctx.text.ensureMatch(decorated, lang, queryId, REPLYISH.includes(key) ? 0.55 : 0.97)
}
