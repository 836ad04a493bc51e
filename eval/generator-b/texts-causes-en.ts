// English posts specific to a crisis cause (see texts-causes-fr.ts).

import type { CauseTexts } from './cause-texts.ts'

export const CAUSES_EN: CauseTexts = {
  product_defect: {
    origin: [
      "Look what happened with {product} from {brand}. {What}. Clearly I'm not the only one. Photos below 👇",
      'Warning to {brand} customers: {what}. Check your stuff, seriously.',
    ],
    witness: [
      "Same thing at our place with {product}. We stopped using it. {brand} isn't answering",
      'I have the same batch at home. {What}… what do I do {brand}??',
      "Thought I was a one-off, but {what}. That's {n} people just among my friends",
      'My son got hurt. {What}. Just got back from the ER. {brand} what are you waiting for to recall this?',
      'I reported this to {brand} three weeks ago. Answer: "isolated case". Sure.',
    ],
    headline: [
      '{brand} hit by wave of defect complaints',
      'Is a massive {brand} recall coming?',
      '{What}: safety regulators step in',
    ],
  },
  accident: {
    origin: [
      'URGENT — explosion heard near {place}, huge plume of smoke over the {brand} site. Stay indoors',
      '🔴 Fire underway at the {brand} site in {place}. Firefighters on scene, area cordoned off',
      'Just watched it happen at {place}. {What}. People are running. Praying for everyone there 🙏',
    ],
    witness: [
      'I live 2 miles away, windows shook. You can see the flames from here. {brand} {place}',
      "Unbreathable smell in {place}, we're told to close the windows. Anyone have info on the {brand} site?",
      "Sirens for 20 minutes in {place}. My brother works for {brand}, I can't reach him 😰",
      "Video from the highway: {what}. It's terrifying",
      "My cousin was on that {brand} flight. She's OK but shaking. Crew did what they could",
    ],
    headline: [
      '{place}: {what}, several injured',
      '{brand}: fire sweeps through {place} site',
      'LIVE — {What}',
      '{brand} accident in {place}: officials give update',
      '{What}: investigation opened',
    ],
  },
  employee_post: {
    origin: [
      "Video filmed inside {brand}. {What}. This is how they talk about you when you're not around.",
      'A {brand} employee posted this and deleted it, luckily I screenshotted it. {What}.',
    ],
    witness: [
      'Worked at {brand} for 4 years. What you see in that video is daily life, not an exception',
      "Former {brand} employee here. I can confirm, and it's not the first time",
      "The video has been taken down three times and keeps coming back. {brand} can't erase it",
      "Worst part is it doesn't even surprise me coming from {brand}",
    ],
    headline: [
      'Viral video puts {brand} in the hot seat',
      '{brand} employee caught on camera, brand under pressure',
      '{What}: {brand} suspends staff member',
    ],
  },
  customer_service: {
    origin: [
      "This is how {brand} treats its customers. {What}. I still can't believe it. Thread 🧵",
      "My mom is {n}. Here's what {brand} did to her: {what}. Please share.",
    ],
    witness: [
      'Exact same story with {brand} last year. They hung up on me',
      'Not an isolated case. {brand} did the same to my grandfather',
      "At {brand} you're a number, nothing else. This story proves it",
      'Called {brand} support to ask about it. Answer: "no comment"',
    ],
    headline: ["{brand} customer's ordeal sparks outrage", 'Video of humiliated {brand} customer goes viral'],
  },
  data_breach_outage: {
    origin: [
      '🚨 A file with {brand} customer data is for sale on a forum: names, addresses, bank details. {What}.',
      'Heads up: {what}. Just got a scam text with my real {brand} info. Be careful.',
    ],
    witness: [
      'Just got a fake text with my name, address AND bank details. Thanks {brand}.',
      'My details are in the dump. I checked. {brand} never told me',
      'Fraudulent charge attempt on my account this morning. Coincidence? {brand}',
      "{brand} still down, {hours} hours now. Can't work. #{tag}",
      'My dad got a call from a fake {brand} agent who knew EVERYTHING about him',
    ],
    headline: [
      '{brand} customer data up for sale on dark web',
      '{brand} data breach: what you need to do',
      '{brand} confirms {what}',
      '{brand} breach: regulators open inquiry',
    ],
  },
  external_attack: {
    origin: [
      'Uh… the official {brand} account just posted crypto scam links. Were they hacked?',
      'Cyberattack underway at {brand}: nothing works, ransom note showing on their screens',
    ],
    witness: [
      "Can't log in to {brand} since this morning, and now we learn about {what}",
      'Do NOT click any link sent by {brand} right now',
      'Where is my data, {brand}? You got hacked and we find out from the press',
    ],
    headline: [
      '{brand} hit by cyberattack',
      '{What}: {brand} files complaint',
      'Ransomware cripples {brand}',
    ],
  },
  governance: {
    origin: [
      'INVESTIGATION — {what}. Backed by internal documents, we reveal how {brand} operated for years.',
      "What {brand}'s internal documents show: {what}. Long thread 🧵",
    ],
    witness: [
      'I worked at {brand} HQ. Everybody knew.',
      'Meanwhile {brand} was asking us to tighten our belts. Sickening',
      'And {brand} lectures everyone about ethics in its ads…',
    ],
    headline: [
      'Revealed: {what}',
      '{brand} leadership in turmoil after our investigation',
      'Prosecutors open probe into {brand}',
      '{brand} scandal: pressure mounts on CEO',
    ],
  },
}
