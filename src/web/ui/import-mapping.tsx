import type { ImportPreviewJson } from '../api/wire.ts'
import type { MessageKey } from '../i18n/messages-en.ts'
import { useApp } from './app-context.ts'

/** The fields the dashboard offers to map, the required ones first (all of docs/mention-format.md's CSV). */
export const MAPPED_FIELDS = [
  'text',
  'createdAt',
  'author.handle',
  'author.name',
  'author.followers',
  'url',
  'id',
  'title',
  'lang',
  'metrics.likes',
  'metrics.reposts',
  'metrics.replies',
] as const
export const REQUIRED_FIELDS: readonly string[] = ['text', 'createdAt']

export type ColumnMap = Record<string, string>

/** One select per field over the CSV header, then the first rows as the server read them. */
export const ImportMapping = ({
  preview,
  map,
  onMap,
}: {
  preview: ImportPreviewJson
  map: ColumnMap
  onMap: (map: ColumnMap) => void
}) => {
  const { t } = useApp()
  const header = preview.header ?? []
  return (
    <>
      <fieldset class="import-mapping">
        <legend>{t('import.mapping')}</legend>
        <p class="muted">{t('import.mappingHint')}</p>
        {MAPPED_FIELDS.map((field) => (
          <label key={field} data-field={field}>
            <span>
              {t(`import.field.${field}` as MessageKey)}
              {REQUIRED_FIELDS.includes(field) ? <em> ({t('import.required')})</em> : null}
            </span>
            <select
              value={map[field] ?? ''}
              onChange={(e) => onMap({ ...map, [field]: (e.target as HTMLSelectElement).value })}
            >
              <option value="">{t('import.none')}</option>
              {header.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <section aria-labelledby="first-rows-title" class="table-box">
        <h2 id="first-rows-title">{t('import.firstRows')}</h2>
        <table class="import-rows">
          <thead>
            <tr>
              {header.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j} class="wrap">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  )
}
