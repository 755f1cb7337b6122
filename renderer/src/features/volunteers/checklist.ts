import { ValidationError, type FieldIssue } from '@shared/domain/errors'

export const CHECKLIST_ITEM_MAX = 20
export const CHECKLIST_MAX = 30

/** The 十无 checklist as edited: trimmed, blanks dropped; refused when empty, too long or repeated. */
export function cleanChecklist(items: readonly string[]): string[] {
  const issues: FieldIssue[] = []
  const kept: string[] = []
  items.forEach((raw, i) => {
    const item = raw.trim()
    if (!item) return
    if (item.length > CHECKLIST_ITEM_MAX) issues.push({ field: `items.${i}`, message: `第 ${i + 1} 项超过 ${CHECKLIST_ITEM_MAX} 个字，请写得简短些` })
    else if (kept.includes(item)) issues.push({ field: `items.${i}`, message: `“${item}”重复了，请删去一项` })
    else kept.push(item)
  })
  if (kept.length === 0 && issues.length === 0) issues.push({ field: 'items', message: '检查清单至少要有一项' })
  if (kept.length > CHECKLIST_MAX) issues.push({ field: 'items', message: `检查清单最多 ${CHECKLIST_MAX} 项` })
  if (issues.length) throw new ValidationError(issues)
  return kept
}
