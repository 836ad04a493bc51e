import type { DetectorKind } from '../core/index.ts'
import type { CreateDetector } from './detector-context.ts'
import { createEmergingTopicDetector } from './detectors/emerging-topic-detector.ts'
import { createInfluenceDetector } from './detectors/influence-detector.ts'
import { createLexiconDetector } from './detectors/lexicon-detector.ts'
import { createLossOfControlDetector } from './detectors/loss-of-control-detector.ts'
import { createNegativeShareDetector } from './detectors/negative-share-detector.ts'
import { createViralityDetector } from './detectors/virality-detector.ts'
import { createVolumeDetector } from './detectors/volume-detector.ts'

/** Every detector kind and its factory: adding a kind to `DETECTOR_KINDS` does not compile until wired here. */
export const detectors: Record<DetectorKind, CreateDetector> = {
  volume: createVolumeDetector,
  negative_share: createNegativeShareDetector,
  virality: createViralityDetector,
  influence: createInfluenceDetector,
  lexicon: createLexiconDetector,
  loss_of_control: createLossOfControlDetector,
  emerging_topic: createEmergingTopicDetector,
}
