import { createLexiconSentiment, createLexiconEmotions } from './src/analysis/index.ts'
const s = createLexiconSentiment(), e = createLexiconEmotions()
for (const [t,l] of [['Méfiez-vous des escrocs qui se font passer pour nous par SMS : nous ne demandons jamais vos codes.','fr'],['Vous êtes vraiment insupportables, vos plaintes sont ridicules et on en a marre de vous lire.','fr'],['Your complaints are pathetic and honestly disgusting, stop wasting our time.','en'],['We are furious and disgusted by the vandalism of our store last night.','en'], ['Franchement vos remarques sont stupides et agaçantes, ça nous énerve.','fr']] as const)
  console.log(JSON.stringify(s.score(t,l)), JSON.stringify(e.score(t,l)), t.slice(0,40))
