import { RANGE_KEYS, type RangeKey } from '../model/time-range.ts'
import { useApp } from './app-context.ts'

/** 24 h, 48 h, 7 days, 30 days as a group of toggle buttons (one pressed), usable with the keyboard. */
export const RangePicker = ({ value, onChange }: { value: RangeKey; onChange: (key: RangeKey) => void }) => {
  const { t } = useApp()
  return (
    <fieldset class="toggles range-picker">
      <legend>{t('range.label')}</legend>
      {RANGE_KEYS.map((key) => (
        <button type="button" key={key} aria-pressed={key === value} onClick={() => onChange(key)}>
          {t(`range.${key}`)}
        </button>
      ))}
    </fieldset>
  )
}
