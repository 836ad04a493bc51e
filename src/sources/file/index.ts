export { detectFormat } from './detect-format.ts'
export {
  checkFieldMap,
  type FieldMap,
  MENTION_FIELDS,
  type MentionField,
  parseFieldMap,
} from './field-map.ts'
export {
  createFileConnector,
  FILE_FORMATS,
  type FileConnector,
  type FileConnectorOptions,
  type FileFormat,
} from './file-connector.ts'
export { checkInputFile } from './open-input.ts'
export type { FileNotice } from './plan-read.ts'
export { type FilePreview, previewFile } from './preview-file.ts'
export { type CsvRecord, readCsvRecords } from './read-csv-records.ts'
export { suggestFieldMap } from './suggest-field-map.ts'
