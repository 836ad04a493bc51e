export {
  createFileConnector,
  type FieldMap,
  type FileConnectorOptions,
  type FileFormat,
  MENTION_FIELDS,
  type MentionField,
  parseFieldMap,
} from './file/index.ts'
export { createMemoryConnector } from './memory/memory-connector.ts'
export type { Connector, Cursor, Rejection, SourceItem } from './port.ts'
