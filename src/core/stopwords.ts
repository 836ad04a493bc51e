/**
 * Function words of French and English, folded (lowercase, no accents): words that say nothing of what a
 * post is about, left out of topics and top terms. Social-media filler (rt, via, lol, mdr) is included.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  // English
  (
    'the and for that this with you your yours are was were have has had not but they their them theirs ' +
    'from about what when where which who whom whose why how just will would there been more most like ' +
    'only also than then into very can could should shall may might must does did doing done its his her ' +
    'hers him she our ours out over under again once here all any both each few other some such nor own ' +
    'same too now off get got gets getting going gonna wanna one two yes yeah okay today tonight still even ' +
    'ever because while after before during through until these those being let lets make made much many ' +
    'every know new via lol omg wtf amp http https www com html org net ' +
    // French
    'dans pour avec sans sont cette ces cet mais nous vous elle elles ils leur leurs tout tous toute toutes ' +
    'plus moins comme fait faire etre avoir quand encore deja aussi sur par pas que qui une des les est ont ' +
    'chez comment tres bien meme avant apres depuis alors donc car ceci cela etait ete fois son sans ses ' +
    'mes tes nos vos aux dont quoi ici lui moi toi soi rien peu trop sous vers entre ceux celle celui ' +
    'celles avait avais avons avez sera seront serait suis sommes etes font fais peut peuvent faut ' +
    'vraiment juste voila oui non bon ben bah mdr ptdr lol cest quil quon jai jsuis ca cet '
  )
    .split(' ')
    .filter((w) => w.length > 0),
)
