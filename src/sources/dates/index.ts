export {
  ACCEPTED_DATE_FORMS,
  type DateOptions,
  type DateResult,
  parseMentionDate,
} from './parse-mention-date.ts'
export { checkTimeZone } from './zoned-time.ts'
