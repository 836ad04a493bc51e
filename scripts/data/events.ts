/**
 * The real crisis suite's events: where each stream comes from and when it began. Onsets are UTC times from
 * the dated public account each `onsetSource` names (the Wikipedia page CrisisLex itself links, or the
 * dataset's own description); where the account gives a day but no hour, the note says so.
 */
import type { RealEvent } from '../../eval/real-streams.ts'

export type StreamSource =
  | { kind: 't26'; folder: string; t6?: string }
  | { kind: 't6'; folder: string; keywords: string[] }
  | { kind: 'cybertruck' | 'iphone14' | 'dubois' }

export interface EventSpec extends Omit<RealEvent, 'query'> {
  stream: StreamSource
  /** overrides the query built from the CrisisLex keywords */
  query?: string
  onsetSource: string
}

const crisis = (e: Omit<EventSpec, 'kind'>): EventSpec => ({ kind: 'crisis', ...e })
const wiki = (page: string) => `https://en.wikipedia.org/wiki/${page}`

export const EVENTS: EventSpec[] = [
  crisis({
    slug: 'alberta-floods-2013',
    name: 'Alberta floods',
    category: 'disaster',
    brand: 'Alberta',
    lang: 'en',
    onset: '2013-06-20T12:00:00Z',
    onsetSource: `${wiki('2013_Alberta_floods')} (20 June, High River evacuated in the morning; hour approximate)`,
    stream: { kind: 't26', folder: '2013_Alberta_floods', t6: '2013_Alberta_Floods' },
  }),
  crisis({
    slug: 'amuay-refinery-explosion-2012',
    name: 'Amuay refinery explosion',
    category: 'accident',
    cause: 'safety',
    brand: 'PDVSA Amuay',
    lang: 'es',
    onset: '2012-08-25T05:41:00Z',
    onsetSource: `${wiki('Paraguaná_Refinery_Complex#2012_explosion')} (25 August 2012, 01:11 VET)`,
    stream: { kind: 't26', folder: '2012_Venezuela_refinery' },
  }),
  crisis({
    slug: 'boston-marathon-bombing-2013',
    name: 'Boston Marathon bombing',
    category: 'attack',
    brand: 'Boston Marathon',
    lang: 'en',
    onset: '2013-04-15T18:49:00Z',
    onsetSource: `${wiki('Boston_Marathon_bombing')} (15 April 2013, 14:49 EDT)`,
    stream: { kind: 't26', folder: '2013_Boston_bombings', t6: '2013_Boston_Bombings' },
  }),
  crisis({
    slug: 'chelyabinsk-meteor-2013',
    name: 'Chelyabinsk meteor',
    category: 'disaster',
    brand: 'Chelyabinsk',
    lang: 'en',
    onset: '2013-02-15T03:20:00Z',
    onsetSource: `${wiki('Chelyabinsk_meteor')} (15 February 2013, 09:20 YEKT)`,
    stream: { kind: 't26', folder: '2013_Russia_meteor' },
  }),
  crisis({
    slug: 'glasgow-helicopter-crash-2013',
    name: 'Glasgow helicopter crash (Clutha)',
    category: 'accident',
    cause: 'safety',
    brand: 'Clutha',
    lang: 'en',
    onset: '2013-11-29T22:22:00Z',
    onsetSource: `${wiki('2013_Glasgow_helicopter_crash')} (29 November 2013, 22:22 GMT)`,
    stream: { kind: 't26', folder: '2013_Glasgow_helicopter_crash' },
  }),
  crisis({
    slug: 'kiss-nightclub-fire-2013',
    name: 'Kiss nightclub fire',
    category: 'accident',
    cause: 'safety',
    brand: 'Boate Kiss',
    lang: 'pt',
    onset: '2013-01-27T04:30:00Z',
    onsetSource: `${wiki('Kiss_nightclub_fire')} (27 January 2013, about 02:30 BRST)`,
    stream: { kind: 't26', folder: '2013_Brazil_nightclub_fire' },
  }),
  crisis({
    slug: 'lac-megantic-derailment-2013',
    name: 'Lac-Mégantic rail disaster',
    category: 'accident',
    cause: 'safety',
    brand: 'MMA railway',
    lang: 'en',
    onset: '2013-07-06T05:14:00Z',
    onsetSource: `${wiki('Lac-Mégantic_derailment')} (6 July 2013, 01:14 EDT)`,
    stream: { kind: 't26', folder: '2013_Lac_Megantic_train_crash' },
  }),
  crisis({
    slug: 'oklahoma-moore-tornado-2013',
    name: 'Moore tornado',
    category: 'disaster',
    brand: 'Moore',
    lang: 'en',
    onset: '2013-05-20T19:56:00Z',
    onsetSource: `${wiki('2013_Moore_tornado')} (20 May 2013, 14:56 CDT touchdown)`,
    stream: {
      kind: 't6',
      folder: '2013_Oklahoma_Tornado',
      keywords: [
        'oklahoma tornado',
        'moore tornado',
        '#moore',
        '#oklahoma',
        '#prayforoklahoma',
        '#tornado',
        'tornado',
      ],
    },
  }),
  crisis({
    slug: 'west-texas-fertilizer-explosion-2013',
    name: 'West Fertilizer Company explosion',
    category: 'accident',
    cause: 'safety',
    brand: 'West Fertilizer',
    lang: 'en',
    onset: '2013-04-18T00:50:00Z',
    onsetSource: `${wiki('West_Fertilizer_Company_explosion')} (17 April 2013, 19:50 CDT)`,
    stream: { kind: 't26', folder: '2013_West_Texas_explosion', t6: '2013_West_Texas_Explosion' },
  }),
  crisis({
    slug: 'lax-airport-shooting-2013',
    name: 'LAX airport shooting',
    category: 'attack',
    brand: 'LAX',
    lang: 'en',
    onset: '2013-11-01T16:20:00Z',
    onsetSource: `${wiki('2013_Los_Angeles_International_Airport_shooting')} (1 November 2013, about 09:20 PDT)`,
    stream: { kind: 't26', folder: '2013_LA_airport_shootings' },
  }),
  crisis({
    slug: 'metro-north-derailment-2013',
    name: 'Metro-North Spuyten Duyvil derailment',
    category: 'accident',
    cause: 'safety',
    brand: 'Metro-North',
    lang: 'en',
    onset: '2013-12-01T12:20:00Z',
    onsetSource: `${wiki('December_2013_Spuyten_Duyvil_derailment')} (1 December 2013, 07:20 EST)`,
    stream: { kind: 't26', folder: '2013_NY_train_crash' },
  }),
  crisis({
    slug: 'queensland-floods-2013',
    name: 'Queensland floods (ex-cyclone Oswald)',
    category: 'disaster',
    brand: 'Queensland',
    lang: 'en',
    onset: '2013-01-26T00:00:00Z',
    onsetSource: `${wiki('January_2013_Eastern_Australia_floods')} (flooding from 26 January 2013; hour approximate)`,
    stream: { kind: 't26', folder: '2013_Queensland_floods', t6: '2013_Queensland_Floods' },
  }),
  crisis({
    slug: 'rana-plaza-collapse-2013',
    name: 'Rana Plaza collapse',
    category: 'accident',
    cause: 'safety',
    brand: 'Rana Plaza',
    lang: 'en',
    onset: '2013-04-24T02:57:00Z',
    onsetSource: `${wiki('2013_Savar_building_collapse')} (24 April 2013, 08:57 BST)`,
    stream: { kind: 't26', folder: '2013_Savar_building_collapse' },
  }),
  crisis({
    slug: 'santiago-train-crash-2013',
    name: 'Santiago de Compostela derailment',
    category: 'accident',
    cause: 'safety',
    brand: 'Renfe Alvia',
    lang: 'es',
    onset: '2013-07-24T18:41:00Z',
    onsetSource: `${wiki('Santiago_de_Compostela_derailment')} (24 July 2013, 20:41 CEST)`,
    stream: { kind: 't26', folder: '2013_Spain_train_crash' },
  }),
  {
    slug: 'tesla-cybertruck-unveil-2019',
    name: 'Tesla Cybertruck unveiling',
    kind: 'control',
    category: 'product-launch',
    brand: 'Tesla',
    lang: 'en',
    query: 'cybertruck OR #cybertruck OR tesla OR #tesla OR @tesla OR @elonmusk',
    onset: '2019-11-22T04:00:00Z',
    onsetSource: `${wiki('Tesla_Cybertruck')} (unveiled 21 November 2019, 20:00 PST)`,
    stream: { kind: 'cybertruck' },
  },
  {
    slug: 'iphone14-launch-2022',
    name: 'iPhone 14 launch',
    kind: 'control',
    category: 'product-launch',
    brand: 'Apple',
    lang: 'en',
    query: 'iphone14 OR #iphone14 OR #iphone14pro OR "iphone 14" OR iphone14pro OR apple OR @apple',
    onset: '2022-09-07T17:00:00Z',
    onsetSource: `${wiki('IPhone_14')} (announced 7 September 2022, 10:00 PDT)`,
    stream: { kind: 'iphone14' },
  },
  {
    slug: 'duboischallenge-2021',
    name: '#DuBoisChallenge',
    kind: 'control',
    category: 'viral-praise',
    brand: 'DuBoisChallenge',
    lang: 'en',
    query: '#duboischallenge OR duboischallenge OR "du bois" OR dubois',
    onset: '2021-02-01T00:00:00Z',
    onsetSource:
      'https://github.com/rfordatascience/tidytuesday/blob/master/data/2021/2021-06-15/readme.md (challenge of February 2021, Black History Month; day only)',
    stream: { kind: 'dubois' },
  },
]
