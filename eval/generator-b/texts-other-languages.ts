// Short posts in Spanish, German, Italian and Portuguese. Why: international
// brands get 5-15 % of posts in other languages, in calm times and in crises.
// Slots: {brand} {tag}

export type OtherLang = 'es' | 'de' | 'it' | 'pt'
export type OtherStance = 'praise' | 'complaint' | 'question' | 'neutral' | 'crisis' | 'positive' | 'reply'

export const OTHER_LANGUAGES: Record<OtherLang, Record<OtherStance, string[]>> = {
  es: {
    praise: [
      'Me encanta {brand}, nunca me ha fallado 👌',
      'Hoy {brand} se ha lucido, de verdad',
      'Muy buena experiencia con {brand} esta semana',
      'Lo nuevo de {brand} está genial',
      'Gracias {brand} por la rapidez',
    ],
    complaint: [
      '{brand} lleva dos días sin funcionar bien, qué desastre',
      'Otra vez tarde. Gracias por nada {brand} 🙄',
      'El servicio al cliente de {brand} no contesta nunca',
      'Pagué y {brand} no me devuelve el dinero',
      'Cada vez peor {brand}',
    ],
    question: [
      '¿Alguien sabe si {brand} funciona hoy?',
      '¿{brand} envía a Canarias?',
      '¿Cómo cancelo mi cuenta de {brand}?',
    ],
    neutral: [
      'Probando {brand} por primera vez',
      'Vi un anuncio de {brand} en el metro',
      '¿{brand} o la competencia? Acepto opiniones',
    ],
    crisis: [
      'Lo de {brand} es una vergüenza total y nadie da explicaciones',
      '¿Habéis visto lo de {brand}? Increíble 😡',
      'Yo ya he borrado {brand}. Basta ya. #{tag}',
      '{brand} tiene que dar la cara YA',
      'Qué miedo lo de {brand}, ¿alguien sabe algo más?',
      'Boicot a {brand} hasta que den explicaciones',
    ],
    positive: [
      '¡Qué grande {brand}! 🔥',
      'Esto de {brand} me ha alegrado el día',
      'Participo!! Ojalá gane 🙏 {brand}',
    ],
    reply: ['Totalmente', 'Jajaja', 'A mí también me pasó', 'Qué fuerte', 'Gracias por avisar'],
  },
  de: {
    praise: [
      'Ich muss sagen, {brand} ist echt top 👍',
      'Heute mal ein Lob an {brand}',
      'Super Erfahrung mit {brand}, danke!',
      'Das Neue von {brand} ist richtig gut',
    ],
    complaint: [
      '{brand} funktioniert seit gestern nicht, echt ärgerlich',
      'Schon wieder Probleme mit {brand} 🙄',
      'Der Kundenservice von {brand} antwortet einfach nicht',
      '{brand} wird immer schlechter',
    ],
    question: [
      'Weiß jemand, ob {brand} heute Probleme hat?',
      'Liefert {brand} auch nach Österreich?',
      'Wie kündige ich bei {brand}?',
    ],
    neutral: [
      'Teste gerade {brand}',
      'Werbung von {brand} in der U-Bahn gesehen',
      '{brand} oder die Konkurrenz? Meinungen?',
    ],
    crisis: [
      'Was bei {brand} passiert ist, ist ein Skandal, und keiner sagt was',
      'Habt ihr das von {brand} gesehen? Unglaublich 😡',
      'Ich bin raus bei {brand}. Reicht jetzt. #{tag}',
      '{brand} muss sich sofort erklären',
      'Beängstigend, das mit {brand}. Weiß jemand mehr?',
    ],
    positive: ['Stark, {brand}! 🔥', 'Das von {brand} hat meinen Tag gerettet', 'Bin dabei! {brand} 🙏'],
    reply: ['Genau', 'Haha', 'Bei mir auch', 'Krass', 'Danke für den Hinweis'],
  },
  it: {
    praise: [
      'Devo dirlo, {brand} è fantastico 👍',
      'Oggi {brand} mi ha proprio soddisfatto',
      'Ottima esperienza con {brand}, grazie!',
    ],
    complaint: [
      '{brand} non funziona da ieri, che disastro',
      'Di nuovo problemi con {brand} 🙄',
      "L'assistenza di {brand} non risponde mai",
    ],
    question: [
      'Qualcuno sa se {brand} ha problemi oggi?',
      '{brand} spedisce in Sardegna?',
      'Come si disdice {brand}?',
    ],
    neutral: [
      'Sto provando {brand}',
      'Visto una pubblicità di {brand} in metro',
      '{brand} o la concorrenza? Consigli?',
    ],
    crisis: [
      'Quello che è successo con {brand} è una vergogna e nessuno spiega niente',
      'Avete visto {brand}? Incredibile 😡',
      'Io con {brand} ho chiuso. Basta. #{tag}',
      '{brand} deve spiegare subito',
      'Fa paura questa storia di {brand}',
    ],
    positive: ['Grande {brand}! 🔥', 'Questa di {brand} mi ha svoltato la giornata', 'Partecipo! {brand} 🙏'],
    reply: ['Esatto', 'Ahahah', 'Anche a me', 'Pazzesco', "Grazie per l'info"],
  },
  pt: {
    praise: [
      'Tenho que dizer, {brand} é top 👍',
      'Hoje {brand} mandou muito bem',
      'Ótima experiência com {brand}, valeu!',
    ],
    complaint: [
      '{brand} não funciona desde ontem, que saco',
      'De novo problema com {brand} 🙄',
      'O suporte da {brand} nunca responde',
    ],
    question: [
      'Alguém sabe se {brand} está com problema hoje?',
      '{brand} entrega em Portugal?',
      'Como cancelo a {brand}?',
    ],
    neutral: [
      'Testando {brand}',
      'Vi um anúncio da {brand} no metrô',
      '{brand} ou a concorrência? Opiniões?',
    ],
    crisis: [
      'O que aconteceu com {brand} é uma vergonha e ninguém explica nada',
      'Vocês viram isso da {brand}? Inacreditável 😡',
      'Pra mim chega de {brand}. #{tag}',
      '{brand} precisa se explicar agora',
      'Assustador isso da {brand}, alguém sabe mais?',
    ],
    positive: ['Que demais {brand}! 🔥', 'Isso da {brand} salvou meu dia', 'Participando! {brand} 🙏'],
    reply: ['Exatamente', 'Kkkkkk', 'Comigo também', 'Nossa', 'Valeu pelo aviso'],
  },
}
