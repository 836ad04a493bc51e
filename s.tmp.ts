import { checkPost } from './src/prevention/index.ts'
for (const t of ['Call him on +44 20 7946 0958', 'Son numéro : +33 6 12 34 56 78.', 'Appelez Julie au 06 12 34 56 78 ou julie.martin@gmail.com'])
console.log(JSON.stringify(checkPost({text: t}).map(f => [f.kind, t.slice(f.start, f.end)])))
