import { PostureAdvice, PostureFacts } from '../../core/index.ts'
import { advisePosture } from '../../response/index.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

/** Advice drawn from facts alone (no workspace data): the crisis room calls the same function. */
export const adviceRoutes = (): RouteSpec[] => [
  defineRoute({
    method: 'POST',
    path: '/advice/posture',
    tag: 'response',
    summary:
      'Recommend a response posture (acknowledge, counter, deny) from a crisis’s facts, after SCCT, with the other postures’ risks',
    access: 'caller',
    body: PostureFacts,
    response: PostureAdvice,
    handler: async ({ body }) => advisePosture(body),
  }),
]
