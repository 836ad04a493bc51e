export { analyzeText, type TextAnalysis } from './analyze-text.ts'
export { classifyCause, classifyCluster, scoreCause } from './cause/index.ts'
export { type ChainOutcome, chain } from './chain.ts'
export {
  type AnalysisResult,
  type AnalysisRun,
  type Analyzer,
  type AnalyzerDeps,
  type AnalyzerResult,
  createAnalysisRun,
  createAnalyzer,
} from './create-analyzer.ts'
export { detectLang, detectLanguage, toSupportedLang } from './detect-language.ts'
export { createSeenSet, dropSeen, type SeenSet, seenKey } from './drop-seen.ts'
export { createLexiconEmotions } from './lexicon/lexicon-emotions.ts'
export { createLexiconSentiment } from './lexicon/lexicon-sentiment.ts'
export { mentionText } from './mention-text.ts'
export {
  ABSENT_AT,
  coupleEmotions,
  createAdaptiveSentiment,
  createCoupledEmotions,
  createLinearEmotions,
  createLinearSentiment,
  type FeatureSentimentModel,
  FULL_AT,
  polarityOf,
  type SentimentCorrection,
} from './models/index.ts'
export type { EmotionModel, SentimentModel } from './models/port.ts'
export {
  compileQueries,
  findQueryError,
  matchQueries,
  type QueryErrorDetails,
  type QueryMatcher,
} from './query/index.ts'
export { scoreEmotions } from './score-emotions.ts'
export { scoreSentiment } from './score-sentiment.ts'
export { type Draft, fail, type Outcome, ok, type Step, skip } from './step.ts'
