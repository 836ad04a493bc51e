/** Every public snapshot the rebuild reads, pinned to a commit (README.md in this folder lists them). */
import type { Snapshot } from './snapshot.ts'

export const SOURCES = {
  crisislex: {
    repo: 'sajao/CrisisLex',
    commit: 'd67cddd51131dbb28842209014f67cffe359ff42',
    licence: 'MIT (repository); tweets © their authors, per Twitter terms',
  },
  cybertruck: {
    repo: 'milindjagre/teslacybertruck',
    commit: '6cef578e5bf27f027e73f5f9d1655cffb2471d0a',
    licence: 'no licence stated',
  },
  iphone14: {
    repo: 'khoryz/twitter_group_project',
    commit: '3ed010b4d924c5651c6febedcaf187d380ff693c',
    licence: 'no licence stated',
  },
  dubois: {
    repo: 'vizdata-f21/project-1-ctrl_alt_elite',
    commit: 'b70788597f1767d081b7c5294eef326dd4264688',
    licence: 'no licence stated (TidyTuesday 2021-06-15 data)',
  },
  sanders: {
    repo: 'zfz/twitter_corpus',
    commit: '09afbfb5b580c848062aadbc4491fecc96b0a85a',
    licence: 'no licence stated (Sanders Analytics, 2011)',
  },
  sxsw: {
    repo: 'LilianToo/NLP-Sentiment-Analysis-Project',
    commit: '1ad3b2e6d7f2c684d7195f759078eea48bf97e8e',
    licence: 'no licence stated (CrowdFlower "Brands and Product Emotions")',
  },
  phrasebank: {
    repo: 'chiuyuwen91/Forecast-stock-price',
    commit: '9d86617a0aa6845ac67a99a99f7f7be3b70366a7',
    licence: 'CC BY-NC-SA 3.0 (Financial PhraseBank v1.0, Malo et al. 2014)',
  },
  trustpilot: {
    repo: 'dimitri-feniou/Trustpilot_api',
    commit: '36bdf12f97654fc0e4ca88d6c0c1ba3a161f5aff',
    licence: 'no licence stated',
  },
  cdiscount: {
    repo: 'Kodakh/CDE_Satisfaction2023',
    commit: 'efc32e39ec46d71785088e3009abdaac479d9c2e',
    licence: 'no licence stated (Cdiscount reviews scraped from fr.trustpilot.com, 2015 to early 2024)',
  },
  keytrade: {
    repo: 'jean-cheramy/keytrade-trustpilot-analysis',
    commit: 'c9e8fbf1cc040a64b05cfb9d787697fdaa96a912',
    licence: 'no licence stated (Keytrade Bank reviews scraped from Trustpilot, to February 2025)',
  },
  petInsurance: {
    repo: 'dgazeyreyn/trustpilot-pet-insurance-reviews',
    commit: '33e4270d8611912d7958e478a13fd628efcf3bc3',
    licence:
      'no licence stated (English Trustpilot reviews of ten US pet insurers, to April 2024; reviews © their authors)',
  },
  telecomApps: {
    repo: 'EYDS-CA/telephony_analysis',
    commit: '10c7f96f503dc6d3dfa30810963bdfa6c70278c5',
    licence:
      'no licence stated (Rogers and Bell app reviews from the App Store and Google Play, to May 2025; reviews © their authors)',
  },
} as const satisfies Record<string, Snapshot>
