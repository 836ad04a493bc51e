import { z } from 'zod'
import { DEFAULT_CRISIS_TERMS } from './crisis-terms.ts'

/** The forecast fitted on the simulator's training cascades (seeds 4-6): `(Δt + 60 s)^-1.3`, α = 0.51. */
export const FITTED_KERNEL = { kind: 'shifted_power', shiftSeconds: 60, exponent: 0.3 } as const
export const FITTED_CORRECTION = 0.51

/** How easily Vigie raises its voice: `high` alerts on smaller deviations, `low` only on large ones. */
export const Sensitivity = z.enum(['low', 'medium', 'high'])
export type Sensitivity = z.infer<typeof Sensitivity>

/** The z-score at which the volume model's `level` crosses 0.5, per sensitivity. */
export const VOLUME_Z_MIDPOINT: Record<Sensitivity, number> = { low: 6, medium: 4.5, high: 3.5 }

/**
 * How far (in spreads of the query's usual 6-hour peaks) a new peak must stand above their median for
 * the volume `score` to cross 0.5, per sensitivity.
 */
export const VOLUME_RARITY_MIDPOINT: Record<Sensitivity, number> = { low: 4.5, medium: 3, high: 2 }

/** Settings of the volume baseline (`createVolumeModel`); durations are in event time. */
export const VolumeSettings = z
  .object({
    sensitivity: Sensitivity.default('medium'),
    /** the interval between two updates, used for the very first one (later ones measure it) */
    intervalMinutes: z.number().positive().default(5),
    /** how fast the recent level follows a change of normal */
    levelHalfLifeHours: z.number().positive().default(12),
    /** how fast the hour-of-day profile forgets */
    dayHalfLifeDays: z.number().positive().default(7),
    /** how fast the hour-of-week profile forgets */
    weekHalfLifeWeeks: z.number().positive().default(3),
    /** until this much history is seen the model is not `warm` and relative deviations weigh less */
    warmupHours: z.number().nonnegative().default(24),
    /** how long an anomaly is remembered: `score` rises again only beyond the largest deviation of this span */
    onsetMemoryHours: z.number().nonnegative().default(24),
    /** how much of the query's history of 6-hour peaks `score` compares a new peak with */
    peakHistoryDays: z.number().positive().default(30),
    /** the volume per hour that is "everywhere" for a query with no history (cold start) */
    coldStartPerHour: z.number().positive().default(300),
  })
  .strict()
export type VolumeSettings = z.infer<typeof VolumeSettings>

const Thresholds = z
  .object({
    watch: z.number().min(0).max(100).default(35),
    alert: z.number().min(0).max(100).default(60),
    crisis: z.number().min(0).max(100).default(80),
  })
  .strict()
  .refine((t) => t.watch < t.alert && t.alert < t.crisis, 'thresholds must increase: watch < alert < crisis')

/** Every setting of crisis detection, with defaults; documented in docs/detection.md. */
export const DetectionSettings = z
  .object({
    /** width of the buckets the detectors count in */
    intervalMinutes: z.number().positive().default(5),
    sensitivity: Sensitivity.default('medium'),
    volume: VolumeSettings.partial().default({}),
    /** crisis score (0..100) at which each level starts */
    thresholds: Thresholds.default({ watch: 35, alert: 60, crisis: 80 }),
    /** consecutive buckets at or above a threshold needed to reach its level */
    confirmBuckets: z.number().int().min(1).default(2),
    /** a single bucket this far above a threshold reaches the level at once */
    strongMargin: z.number().min(0).default(12),
    /** calm time (score under watch) after which an episode ends and a new one may alert again */
    cooldownMinutes: z.number().nonnegative().default(120),
    /** the lowest level that produces an alert */
    minSeverity: z.enum(['watch', 'alert', 'crisis']).default('watch'),
    /** the sliding window over which a sustained negative surge accumulates (volume and negative share) */
    sustainedMinutes: z.number().positive().default(30),
    /** how far back an alert's explanation looks for posts, terms and sources */
    explainWindowMinutes: z.number().positive().default(30),
    maxMentionsPerAlert: z.number().int().min(1).default(10),
    /** the language of alert sentences (the workspace's); details keep both */
    language: z.enum(['fr', 'en']).default('en'),
    lexicon: z
      .object({
        /** accent- and case-insensitive phrases, French and English */
        terms: z.array(z.string().min(2)).default([...DEFAULT_CRISIS_TERMS]),
        /** extra terms added to the default list */
        extra: z.array(z.string().min(2)).default([]),
        /**
         * while no crisis terms were heard within this many hours (the lexicon detector's score at least 0.25
         * in one bucket), the crisis score counts for three quarters: bad tone, a spreading post or new words
         * without them need more to alert. 0 turns this off
         */
        withinHours: z.number().nonnegative().default(6),
      })
      .strict()
      .default({ terms: [...DEFAULT_CRISIS_TERMS], extra: [], withinHours: 6 }),
    influence: z
      .object({
        /** an author with at least this many followers is "large-audience" */
        followers: z.number().int().positive().default(100_000),
        /** sources whose every item is a news outlet's (e.g. RSS feeds of newspapers) */
        newsSources: z.array(z.string()).default(['rss', 'news']),
      })
      .strict()
      .default({ followers: 100_000, newsSources: ['rss', 'news'] }),
    virality: z
      .object({
        /** predicted final reshares at which a post's virality score reaches 0.5 */
        reshares: z.number().positive().default(100),
        /** followers assumed when an author's count is unknown */
        defaultFollowers: z.number().int().positive().default(200),
        /** a cascade older than this is forgotten */
        horizonHours: z.number().positive().default(24),
        /**
         * reaction delays for the forecast: a shifted power law, or SEISMIC's; the default and the two values
         * below were fitted on completed cascades (eval/virality.eval.ts) and each query then refits them on
         * its own completed cascades (`learn`)
         */
        kernel: z
          .union([
            z.object({ kind: z.literal('seismic') }).strict(),
            z
              .object({
                kind: z.literal('shifted_power'),
                shiftSeconds: z.number().positive(),
                exponent: z.number().positive(),
              })
              .strict(),
          ])
          .default({ ...FITTED_KERNEL }),
        /** SEISMIC's correction α: what the kernel misses of reshares still to come */
        correction: z.number().positive().default(FITTED_CORRECTION),
        /** exposure grows as followers^exponent */
        followerExponent: z.number().positive().max(1).default(1),
        /** refit the forecast on the query's own completed cascades once it has enough of them */
        learn: z.boolean().default(true),
      })
      .strict()
      .default({
        reshares: 100,
        defaultFollowers: 200,
        horizonHours: 24,
        kernel: { ...FITTED_KERNEL },
        correction: FITTED_CORRECTION,
        followerExponent: 1,
        learn: true,
      }),
    topic: z
      .object({
        /** the sliding window in which voices sharing new words make a topic */
        windowMinutes: z.number().positive().default(60),
        /** how fast the query's usual vocabulary forgets */
        halfLifeDays: z.number().positive().default(7),
        /** fewer distinct voices than this is a conversation, not a topic */
        minVoices: z.number().int().min(2).default(5),
      })
      .strict()
      .default({ windowMinutes: 60, halfLifeDays: 7, minVoices: 5 }),
    lossOfControl: z
      .object({
        /** brand silence during a surge after which loss of control is complete */
        silenceMinutes: z.number().positive().default(60),
      })
      .strict()
      .default({ silenceMinutes: 60 }),
  })
  .strict()
export type DetectionSettings = z.infer<typeof DetectionSettings>
export type DetectionSettingsInput = z.input<typeof DetectionSettings>

/** The volume model's settings as detection uses them: its own slice, with the shared interval and sensitivity. */
export const volumeSettingsOf = (s: DetectionSettings): VolumeSettings =>
  VolumeSettings.parse({ intervalMinutes: s.intervalMinutes, sensitivity: s.sensitivity, ...s.volume })
