import type { CaseRecord, CaseType } from '@shared/domain/case'
import { DAY_MS } from '@shared/domain/calendar'
import { RecordNotFoundError } from '@shared/domain/errors'
import { complaintChange, detectHotspots, lookBackMs, type ComplaintChange, type HotspotAlert, type HotspotThresholds } from '@shared/domain/hotspots'
import { periodOf } from '@shared/domain/period'
import { advanceTopic, baselineMonths, monthlyVolume, monthsEnding, monthsRange, suggestBaseline, validateTopic, type MilestoneInput, type TopicInput } from '@shared/domain/proactive'
import type { ProactiveIssue } from '@shared/domain/work'
import type { DeskDB } from '../database'
import { createCaseServices } from '../cases'
import { isLive } from '../repositories/base'
import { repositoriesFor } from '../repositories'
import type { WriteContext } from '../repositories/writer'
import { addConversion, readConversions, readThresholds, writeThresholds, type HotspotConversion } from './settings'

export interface AlertView extends HotspotAlert {
  /** set once the alert was turned into a topic or a case */
  conversion?: HotspotConversion
}

export interface ConversionEffect {
  conversion: HotspotConversion
  change: ComplaintChange
}

/** What the alert's one-click actions write; the page fills the text from the alert. */
export interface AlertWork {
  title: string
  content: string
}

const EFFECT_DAYS = 30
const sameAlert = (a: { rule: string; key: string }, b: { rule: string; key: string }) => a.rule === b.rule && a.key === b.key

function mostCommonType(cases: readonly CaseRecord[]): CaseType {
  const counts = new Map<CaseType, number>()
  for (const c of cases) counts.set(c.type, (counts.get(c.type) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '投诉'
}

/** 每月一题 topics and 未诉先办 alerts of one database; case reads go through the receivedAt index only. */
export function createProactiveService(db: DeskDB) {
  const repo = () => repositoriesFor(db).proactiveIssue
  const caseService = createCaseServices(db).cases

  /** Live cases received in [since, until), read through [communityId+receivedAt]. */
  const casesBetween = (communityId: string, since: number, until: number): Promise<CaseRecord[]> =>
    db.case.where('[communityId+receivedAt]').between([communityId, since], [communityId, until], true, false).filter(isLive).toArray()

  async function topic(id: string): Promise<ProactiveIssue> {
    const found = await repo().get(id)
    if (!found) throw new RecordNotFoundError('找不到这个课题，可能已被删除')
    return found
  }

  const evidence = async (alert: Pick<HotspotAlert, 'caseIds'>): Promise<CaseRecord[]> =>
    (await db.case.bulkGet(alert.caseIds)).filter((c): c is CaseRecord => isLive(c))

  // one read transaction keeps every read of a query inside a live query's observation
  const reading = <R>(fn: () => Promise<R>): Promise<R> => db.transaction('r', ['case', 'setting'], fn)

  const alerts = (communityId: string, now: number): Promise<AlertView[]> =>
    reading(async () => {
      const thresholds = await readThresholds(db)
      const conversions = await readConversions(db)
      const cases = await casesBetween(communityId, now - lookBackMs(thresholds), now + 1)
      return detectHotspots(cases, { now, thresholds }).map((alert) => {
        const conversion = conversions.findLast((c) => sameAlert(c, alert))
        return conversion ? { ...alert, conversion } : alert
      })
    })

  const effects = (communityId: string, now: number): Promise<ConversionEffect[]> =>
    reading(async () => {
      const out: ConversionEffect[] = []
      for (const conversion of await readConversions(db)) {
        const cases = await casesBetween(communityId, conversion.at - EFFECT_DAYS * DAY_MS, conversion.at + EFFECT_DAYS * DAY_MS)
        out.push({ conversion, change: complaintChange(conversion, cases, conversion.at, now, EFFECT_DAYS) })
      }
      return out.sort((a, b) => b.conversion.at - a.conversion.at)
    })

  async function createTopic(communityId: string, input: TopicInput, ctx: WriteContext, extra: Partial<ProactiveIssue> = {}): Promise<ProactiveIssue> {
    const fields = validateTopic(input)
    return repo().create(communityId, { ...fields, stage: '选题', milestones: [{ stage: '选题', at: ctx.now, actor: ctx.actor }], ...extra }, ctx)
  }

  return {
    casesBetween,
    topics: async (communityId: string) => (await repo().list(communityId)).sort((a, b) => b.month.localeCompare(a.month) || b.createdAt - a.createdAt),
    get: (id: string) => repo().get(id),
    createTopic: (communityId: string, input: TopicInput, ctx: WriteContext) => createTopic(communityId, input, ctx),
    /** edits the topic's fields; its stage and milestones move only through `advance` */
    updateTopic: async (id: string, input: TopicInput, ctx: WriteContext) => {
      await topic(id)
      return repo().update(id, validateTopic(input), ctx)
    },
    advance: async (id: string, input: Omit<MilestoneInput, 'actor'>, ctx: WriteContext) =>
      db.transaction('rw', ['proactiveIssue', 'outbox'], async () => {
        const next = advanceTopic(await topic(id), { ...input, actor: ctx.actor })
        return repo().update(id, next, ctx)
      }),
    /** default baseline of a draft: the monthly average of its cases in the three months before its month */
    suggestBaseline: async (communityId: string, draft: Pick<ProactiveIssue, 'categoryIds' | 'gridIds' | 'placeIds' | 'month'>) => {
      const [since, until] = monthsRange(baselineMonths(draft.month))
      return suggestBaseline(draft, await casesBetween(communityId, since, until))
    },
    /** the topic's cases per month over the 12 months ending with `now`'s month */
    volume: async (issue: ProactiveIssue, now: number) => {
      const months = monthsEnding(periodOf(now), 12)
      const [since, until] = monthsRange(months)
      return monthlyVolume(issue, await casesBetween(issue.communityId, since, until), months)
    },
    thresholds: () => readThresholds(db),
    saveThresholds: (t: HotspotThresholds, ctx: WriteContext) => writeThresholds(db, t, ctx),
    alerts,
    effects,
    evidence,
    /** 转为主动治理课题: a 热点预警 topic keeping the trigger, and the conversion record, in one transaction */
    toTopic: (communityId: string, alert: HotspotAlert, work: AlertWork, ctx: WriteContext) =>
      db.transaction('rw', ['proactiveIssue', 'outbox', 'setting', 'case'], async () => {
        // a repeat caller's alert has no category of its own: the topic takes those of the calls
        const categoryIds = alert.categoryId ? [alert.categoryId] : [...new Set((await evidence(alert)).map((c) => c.categoryId).filter((id): id is string => !!id))]
        const issue = await createTopic(
          communityId,
          { kind: '热点预警', title: work.title, description: work.content, month: periodOf(ctx.now), categoryIds, placeIds: alert.placeId ? [alert.placeId] : [], caseIds: alert.caseIds, baselineVolume: Math.round((alert.count / alert.windowDays) * 30 * 10) / 10 },
          ctx,
          { hotspot: alert }
        )
        await addConversion(db, { rule: alert.rule, key: alert.key, at: ctx.now, issueId: issue.id, title: work.title }, ctx)
        return issue
      }),
    /** 生成主动发现工单 from the alert, category and place prefilled, with the conversion record */
    toCase: (communityId: string, alert: HotspotAlert, work: AlertWork, ctx: WriteContext) =>
      db.transaction('rw', db.tables, async () => {
        const cases = await evidence(alert)
        const created = await caseService.intake(
          communityId,
          { source: '主动发现', type: mostCommonType(cases), title: work.title, content: work.content, confidential: false, categoryId: alert.categoryId ?? cases[0]?.categoryId, placeId: alert.placeId, gridId: cases.find((c) => !alert.placeId || c.placeId === alert.placeId)?.gridId, receivedAt: ctx.now },
          ctx
        )
        await addConversion(db, { rule: alert.rule, key: alert.key, at: ctx.now, caseId: created.id, title: work.title }, ctx)
        return created
      })
  }
}

export type ProactiveService = ReturnType<typeof createProactiveService>
