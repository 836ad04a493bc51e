import { type FieldMap, MENTION_FIELDS, type MentionField } from './field-map.ts'

/** Column names (lower case, letters and digits only) that usually hold each field, in order of preference. */
const USUAL_NAMES: Record<MentionField, string[]> = {
  id: ['id', 'tweetid', 'postid', 'statusid', 'messageid', 'identifiant'],
  source: ['source', 'network', 'platform', 'reseau', 'plateforme'],
  url: ['url', 'link', 'permalink', 'lien', 'tweeturl', 'posturl'],
  createdAt: [
    'createdat',
    'created',
    'date',
    'datetime',
    'timestamp',
    'time',
    'publishedat',
    'published',
    'postedat',
    'tweetcreated',
    'tweetcreatedat',
    'publication',
    'datepublication',
    'datedepublication',
  ],
  text: ['text', 'fulltext', 'content', 'body', 'message', 'tweettext', 'posttext', 'texte', 'contenu'],
  title: ['title', 'titre', 'subject', 'headline'],
  lang: ['lang', 'language', 'langue'],
  'author.id': ['authorid', 'userid', 'accountid'],
  'author.handle': [
    'authorhandle',
    'handle',
    'username',
    'screenname',
    'user',
    'author',
    'auteur',
    'account',
    'compte',
  ],
  'author.name': ['authorname', 'displayname', 'name', 'nom', 'fullname'],
  'author.followers': ['authorfollowers', 'followers', 'followerscount', 'userfollowers', 'abonnes'],
  'author.verified': ['authorverified', 'verified', 'userverified', 'certifie'],
  'metrics.likes': ['metricslikes', 'likes', 'likecount', 'favoritecount', 'favouritescount', 'jaime'],
  'metrics.reposts': [
    'metricsreposts',
    'reposts',
    'retweets',
    'retweetcount',
    'repostcount',
    'shares',
    'partages',
  ],
  'metrics.replies': ['metricsreplies', 'replies', 'replycount', 'comments', 'commentcount', 'reponses'],
  repostOf: ['repostof', 'retweetof', 'retweetedid'],
  replyTo: ['replyto', 'inreplyto', 'inreplytoid', 'parentid'],
}

const folded = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

/**
 * A first guess of the CSV map from the header: each field takes the first unused column whose name is a
 * usual one for it (`tweet_text` → text, `Date de publication` → createdAt). The user checks it before importing.
 */
export const suggestFieldMap = (header: readonly string[]): FieldMap => {
  const columns = header.map((name) => ({ name: name.trim(), key: folded(name) }))
  const used = new Set<string>()
  const map: FieldMap = {}
  for (const field of MENTION_FIELDS) {
    for (const usual of USUAL_NAMES[field]) {
      const column = columns.find((c) => c.key === usual && !used.has(c.name))
      if (!column) continue
      map[field] = column.name
      used.add(column.name)
      break
    }
  }
  return map
}
