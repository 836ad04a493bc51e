import type { PUBLISH_EN } from './messages-publish-en.ts'

/** Les textes de la publication en français : mêmes clés que messages-publish-en.ts. */
export const PUBLISH_FR: Record<keyof typeof PUBLISH_EN, string> = {
  'publish.title': 'Publier',
  'publish.through': 'Publier via',
  'publish.when': 'Quand',
  'publish.now': 'maintenant',
  'publish.later': 'à une date et une heure',
  'publish.at': 'Date et heure (votre heure locale)',
  'publish.submit': 'Publier',
  'publish.schedule': 'Programmer',
  'publish.noPublisher':
    'Aucun canal de publication ne convient à ce brouillon : un administrateur en ajoute dans les réglages (Mastodon ou Bluesky pour les posts et fils, un webhook pour tout le reste).',
  'publish.published': 'Publié',
  'publish.part': 'Post {n} sur {count}',
  'publish.partial':
    '{published} post(s) sur {count} sont partis : publiez de nouveau pour envoyer la suite.',
  'publish.scheduled': 'Programmé pour le {when} via {publisher}.',
  'publish.lastError':
    'La dernière tentative a échoué : {error}. Nouvel essai au prochain passage (toutes les 30 secondes).',
  'publish.unschedule': 'Déprogrammer',
  'publish.error.paused':
    'Non publié : la publication est en pause depuis le {when}, par {who}. Levez d’abord la pause.',
  'publish.error.notApproved':
    'Non publié : seul un brouillon approuvé peut partir. Faites-le d’abord approuver.',
  'publish.error.tooLong':
    'Non publié : le post {part} dépasse la longueur permise par {network} ({limit} caractères). Raccourcissez-le (le nouveau texte repasse en approbation) ou choisissez un autre canal.',
  'publish.error.channel':
    'Non publié : un communiqué, un message interne ou une réponse privée part par un webhook, ou à la main, pas sur un réseau.',
  'publish.error.partial':
    'Le réseau a refusé le post {next} sur {count} ({reason}) : {published} sont partis. Publiez de nouveau pour envoyer la suite ; aucun post ne part deux fois.',
  'publish.error.secret':
    'Non publié : la variable d’environnement {variable} n’est pas définie là où tourne vigie serve. Demandez à qui gère le serveur de la définir.',
  'publish.error.noPublishing': 'Ce serveur ne publie pas : seul vigie serve publie.',
  'publish.error.changed': 'Le brouillon a changé entre-temps : rechargez la page et réessayez.',
  'pause.title': 'La publication est en pause',
  'pause.banner': 'Depuis le {when}, par {who}.',
  'pause.reason': 'Raison : {reason}',
  'pause.effect': 'Rien n’est publié ; les réponses programmées attendent la levée de la pause.',
  'pause.lift': 'Lever la pause',
  'pause.liftAnalyst': 'Lever la pause demande le rôle analyste.',
  'pause.open': 'Mettre toute publication en pause',
  'pause.reasonLabel': 'Pourquoi cette pause ? (visible par toute l’équipe)',
  'pause.confirm': 'Mettre en pause',
  'pause.hint':
    'Arrête toute publication et toute réponse programmée de l’espace jusqu’à la levée de la pause.',
  'publishers.title': 'Canaux de publication',
  'publishers.hint':
    'Là où partent les réponses approuvées. Aucun secret ne passe par Vigie : chaque canal nomme la variable d’environnement qui contient son secret, à définir là où tourne vigie serve (puis le redémarrer).',
  'publishers.none': 'Aucun canal pour l’instant : les réponses ne peuvent être publiées qu’à la main.',
  'publishers.addTitle': 'Ajouter un canal de publication',
  'publishers.kind': 'Type',
  'publishers.kind.mastodon': 'Mastodon',
  'publishers.kind.bluesky': 'Bluesky',
  'publishers.kind.webhook': 'Webhook',
  'publishers.id': 'Identifiant',
  'publishers.idHint': 'lettres, chiffres, point, tiret, tiret bas',
  'publishers.name': 'Nom',
  'publishers.url': 'Adresse',
  'publishers.handle': 'Identifiant Bluesky (handle)',
  'publishers.secretEnv': 'Variable d’environnement du secret',
  'publishers.envHint': 'majuscules, chiffres et _, par ex. ACME_MASTODON_TOKEN',
  'publishers.add': 'Ajouter le canal',
  'publishers.actions': 'Actions',
  'publishers.remove': 'Retirer',
  'publishers.removeNamed': 'Retirer {name}',
  'publishers.help.mastodon':
    'Mastodon : l’adresse est celle de l’instance (par ex. https://mastodon.social). Le secret est un jeton d’accès : dans Préférences → Développement du compte, créez une application avec la portée write:statuses et copiez son jeton d’accès dans la variable.',
  'publishers.help.bluesky':
    'Bluesky : l’adresse est le serveur du compte (https://bsky.social pour la plupart), avec l’identifiant du compte. Le secret est un mot de passe d’application créé dans Paramètres → Confidentialité et sécurité → Mots de passe d’application, jamais le mot de passe du compte.',
  'publishers.help.webhook':
    'Webhook : toute adresse HTTPS (le CMS d’un site, un intranet). Le secret signe chaque requête (X-Vigie-Signature), comme pour les webhooks d’alertes.',
}
