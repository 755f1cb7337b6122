import type { CaseRecord } from '@shared/domain/case'
import { formatDate, formatRate } from '@shared/domain/dates'
import type { HotspotAlert } from '@shared/domain/hotspots'
import { maskName, maskPhone } from '@shared/domain/mask'
import type { AlertWork } from '../../db/proactive'

type Translate = (key: string, params?: Record<string, unknown>) => string

export interface AlertLookups {
  placeName(id: string | undefined): string | undefined
  categoryPath(id: string | undefined): string | undefined
}

/** The rule that fired, in the clerk's words: '同点位同类诉求 5 件 / 30 天'. */
export function ruleText(alert: HotspotAlert, t: Translate): string {
  const days = alert.windowDays
  if (alert.rule === 'samePlace') return t('proactive.rule.samePlace', { count: alert.count, days })
  if (alert.rule === 'repeatCaller') return t('proactive.rule.repeatCaller', { count: alert.count, days })
  const previous = alert.previousCount ?? 0
  if (previous === 0) return t('proactive.rule.categoryRiseNew', { count: alert.count, days })
  return t('proactive.rule.categoryRise', { count: alert.count, previous, days, percent: formatRate((alert.count - previous) / previous) })
}

/** What the alert is about: place and category, a category, or a caller shown masked. */
export function subjectText(alert: HotspotAlert, evidence: readonly CaseRecord[], lookups: AlertLookups, t: Translate): string {
  const category = lookups.categoryPath(alert.categoryId) ?? t('proactive.subject.unknownCategory')
  if (alert.rule === 'samePlace') return t('proactive.subject.samePlace', { place: lookups.placeName(alert.placeId) ?? t('proactive.subject.unknownPlace'), category })
  if (alert.rule === 'categoryRise') return t('proactive.subject.categoryRise', { category })
  const caller = evidence.find((c) => c.callerPhone) ?? evidence[0]
  return t('proactive.subject.repeatCaller', { name: maskName(caller?.callerName), phone: maskPhone(caller?.callerPhone) })
}

const lastSegment = (path: string) => path.split('/').pop() ?? path

/** The text a one-click conversion writes: a short title and a content that cites the evidence. */
export function alertWork(alert: HotspotAlert, evidence: readonly CaseRecord[], lookups: AlertLookups, t: Translate, as: 'topic' | 'case'): AlertWork {
  const subject = subjectText(alert, evidence, lookups, t)
  // a title reads better with the leaf category than the whole path
  const short = alert.rule === 'repeatCaller' ? subject : subject.replace(/[^ ·]+$/, (p) => lastSegment(p))
  const orders = evidence.map((c) => c.orderNo ?? c.title).join('、')
  const content = t('proactive.work.content', { subject, rule: ruleText(alert, t), since: formatDate(alert.since), until: formatDate(alert.until), orders })
  const titleKey = as === 'case' ? 'caseTitle' : alert.rule === 'repeatCaller' ? 'callerTopicTitle' : 'topicTitle'
  return { title: t(`proactive.work.${titleKey}`, { subject: short }), content }
}
