export {
  checkFieldMap,
  type FieldMap,
  MENTION_FIELDS,
  type MentionField,
  parseFieldMap,
} from './field-map.ts'
export { createFileConnector, type FileConnectorOptions, type FileFormat } from './file-connector.ts'
