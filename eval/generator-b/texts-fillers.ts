// Openers, closers and bits of context people wrap around what they say. Why:
// without them thousands of users would post word-for-word the same line,
// which only bots do (and the detector may rightly treat repeats as bots).

export const OPENERS: Record<string, string[]> = {
  fr: [
    'Bon.',
    'Honnêtement,',
    'Petite pensée du jour :',
    'Bref,',
    'Alors,',
    'Sérieusement,',
    'Je dis ça je dis rien mais',
    'Mdr',
    'Ok donc',
    'Update :',
    'Jour 3 :',
    'Question bête peut-être, mais',
    'Franchement,',
    'Hmm.',
    'Au boulot ce matin :',
    'Dans le train :',
    'Ce midi :',
    'Ce soir :',
    'Ma sœur me dit que',
    'Mon coloc vient de me dire que',
    'PSA :',
    'Petit coup de gueule :',
    'Petit coup de cœur :',
    'Allez,',
    'Euh',
    'Vrai question :',
    'Fun fact :',
    'Bonjour,',
    'Bonsoir,',
    'Ptdr',
  ],
  en: [
    'Ok so',
    'Honestly,',
    'Random thought:',
    'Anyway,',
    'So,',
    'Seriously,',
    'Not to be that person but',
    'lol',
    'PSA:',
    'Update:',
    'Day 3:',
    'Dumb question maybe, but',
    'Real talk,',
    'Hmm.',
    'At work this morning:',
    'On the train:',
    'At lunch:',
    'Tonight:',
    'My sister says',
    'My roommate just told me',
    'Quick rant:',
    'Quick appreciation post:',
    'Alright,',
    'Uh',
    'Genuine question:',
    'Fun fact:',
    'Hey,',
    'Friendly reminder:',
    'Lmao',
    'Not gonna lie,',
  ],
  es: ['Bueno,', 'La verdad,', 'Oye,', 'Pues', 'Hoy:'],
  de: ['Also,', 'Ehrlich gesagt', 'Kurz:', 'Naja,', 'Heute:'],
  it: ['Allora,', 'Sinceramente,', 'Oggi:', 'Boh,', 'Dai,'],
  pt: ['Então,', 'Sinceramente,', 'Hoje:', 'Gente,', 'Olha,'],
}

export const CLOSERS: Record<string, string[]> = {
  fr: [
    'voilà voilà',
    'enfin bref',
    '...',
    'je dis ça',
    'on en reparle',
    'bonne soirée',
    "c'est tout",
    'voilà',
    'bisous',
    'à suivre',
    '(pas sponsorisé)',
    'vous en pensez quoi ?',
    'je sais pas vous',
    'la base',
    'ça fait réfléchir',
    "merci d'avance",
    '#lundi',
    '#vendredi',
    'et vous ?',
    'ou je rêve ?',
    "c'est fou",
    'sans transition',
    '#team',
    'quelle époque',
    "je m'égare",
  ],
  en: [
    'anyway',
    'just saying',
    '...',
    'thoughts?',
    'idk',
    'have a good night',
    "that's it",
    'lol',
    'ngl',
    'to be continued',
    '(not sponsored)',
    'what do you think?',
    'is it just me?',
    'the bare minimum',
    'makes you think',
    'thanks in advance',
    '#monday',
    '#friday',
    'and you?',
    'wild',
    'moving on',
    'what a time',
    'rant over',
    'smh',
  ],
  es: ['jajaja', 'en fin', '¿no?', 'qué tal', '...'],
  de: ['oder?', 'naja', '...', 'echt jetzt', 'lol'],
  it: ['boh', 'vabbè', '...', 'no?', 'lol'],
  pt: ['kkk', 'enfim', 'né?', '...', 'aff'],
}

/** Wrap a line with an opener and/or a closer now and then. */
export function wrap(
  pick: <T>(xs: readonly T[]) => T,
  chance: () => number,
  text: string,
  lang: string,
  p = 0.55,
): string {
  const o = OPENERS[lang] ?? OPENERS.en
  const c = CLOSERS[lang] ?? CLOSERS.en
  let out = text
  const r = chance()
  if (r < p * 0.5) out = `${pick(o)} ${lowerFirst(out)}`
  else if (r < p * 0.8) out = `${out.replace(/[.!]$/, '')}, ${pick(c)}`
  else if (r < p) out = `${pick(o)} ${lowerFirst(out.replace(/[.!]$/, ''))} ${pick(c)}`
  return out
}

function lowerFirst(s: string): string {
  // Keep brand names, handles and acronyms as they are.
  if (/^[@#]/.test(s) || /^[A-ZÉ]{2}/.test(s) || /^[A-Z][a-z]+[A-Z]/.test(s)) return s
  return s.charAt(0).toLowerCase() + s.slice(1)
}
