import type { CrisisCluster, CrisisType, PostureFacts } from '../core/index.ts'

/** SCCT's clusters: how much responsibility stakeholders attribute to the organisation for each type. */
export const CLUSTER_OF: Record<CrisisType, CrisisCluster> = {
  rumor: 'victim',
  natural_disaster: 'victim',
  product_tampering: 'victim',
  workplace_violence: 'victim',
  challenge: 'accidental',
  technical_error_accident: 'accidental',
  technical_error_product_harm: 'accidental',
  human_error_accident: 'preventable',
  human_error_product_harm: 'preventable',
  organizational_misdeed: 'preventable',
}

/**
 * The crisis type a cause most often is, when the team has not said: a defect or an accident is a technical
 * error until shown to be human; an employee's post is a person's error; customers protesting challenge the
 * organisation's conduct; an outside attack is tampering, or a rumour when the accusation is known false.
 */
export const inferCrisisType = (facts: Pick<PostureFacts, 'cause' | 'accusationFalse'>): CrisisType => {
  switch (facts.cause) {
    case 'product_defect':
      return 'technical_error_product_harm'
    case 'accident':
    case 'data_breach_outage':
      return 'technical_error_accident'
    case 'employee_post':
      return 'human_error_accident'
    case 'governance':
      return 'organizational_misdeed'
    case 'external_attack':
      return facts.accusationFalse ? 'rumor' : 'product_tampering'
    case 'customer_service':
    case 'none':
      return facts.accusationFalse ? 'rumor' : 'challenge'
  }
}
