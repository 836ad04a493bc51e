export {
  createFileConnector,
  type FieldMap,
  type FileConnectorOptions,
  type FileFormat,
  MENTION_FIELDS,
  type MentionField,
  parseFieldMap,
} from './file/index.ts'
export type { Connector, Cursor, Rejection, SourceItem } from './port.ts'
