import type { CaseRecord } from '../domain/case'
import { DAY_MS, chinaDayStart } from '../domain/calendar'
import type { IdFactory } from '../domain/categories'
import { periodOf, shiftPeriod } from '../domain/period'
import { monthlyVolume, suggestBaseline } from '../domain/proactive'
import type { Category } from '../domain/org'
import type { Milestone, ProactiveIssue, ProactiveKind, ProactiveStage } from '../domain/work'
import { stampCreate, type Stamp } from '../sync/stamp'
import type { DemoData } from './index'

interface TopicPlan {
  kind: ProactiveKind
  title: string
  description: string
  /** months before the current one */
  monthsAgo: number
  paths: string[]
  lead: string
  co: string[]
  /** days after the topic's month starts that each stage was reached; 挂账 carries its reason */
  road: [ProactiveStage, number, string?][]
  /** a seasonal topic is measured against the same month a year before, not the off-season months */
  seasonal?: boolean
}

const PLANS: TopicPlan[] = [
  {
    kind: '区级每月一题', title: '群租房治理', monthsAgo: 8,
    description: '排查辖区群租房、隔断房，联合派出所、房管所开展集中整治，建立出租房屋台账。',
    paths: ['住房/房屋租赁/群租房'], lead: '安和派出所', co: ['区住房和城乡建设委员会安和房管所', '安和街道综合行政执法队'],
    road: [['选题', 0], ['方案', 9, '制定排查方案，明确“一户一档”'], ['推进', 20, '完成 6 个小区入户排查'], ['评估', 75, '群租房相关诉求明显减少'], ['销号', 110, '经评估达标销号']]
  },
  {
    kind: '市级每月一题', title: '2026年“每月一题”：老旧小区加装电梯', monthsAgo: 5,
    description: '推进老旧小区加装电梯意愿征集、方案公示和施工协调，回应高层老人“上下楼难”诉求。',
    paths: ['住房/老旧小区改造/加装电梯', '物业管理/物业服务/电梯故障'], lead: '区住房和城乡建设委员会安和房管所', co: ['安和街道办事处', '银杏家园物业管理处'],
    road: [['选题', 0], ['方案', 12, '召开居民恳谈会，形成加装方案'], ['推进', 30, '3 个楼门完成意见征集'], ['评估', 120, '首部电梯投入使用，开展满意度评估']]
  },
  {
    kind: '自选课题', title: '电动自行车飞线充电整治', monthsAgo: 3,
    description: '清理楼道停放充电和飞线充电，协调建设集中充电设施。',
    paths: ['消防安全/电动自行车'], lead: '安和街道综合行政执法队', co: ['安和物业服务有限公司', '供电公司东城供电中心'],
    road: [['选题', 0], ['方案', 7, '确定充电桩选址原则'], ['推进', 18, '开展两轮夜间巡查'], ['挂账', 60, '充电桩场地须待产权单位确认，暂时挂账']]
  },
  {
    kind: '市级每月一题', title: '冬季供暖保障', monthsAgo: 0,
    description: '供暖季前排查管线，开通室温不达标快速响应，重点关注独居老人家庭。',
    paths: ['供暖'], lead: '热力集团东城供热服务中心', co: ['安和物业服务有限公司', '银杏里社区居民委员会'], seasonal: true,
    road: [['选题', 0], ['方案', 6, '建立供暖问题日报机制']]
  }
]

function categoryAt(categories: readonly Category[], path: string): string {
  let parentId: string | undefined
  for (const name of path.split('/')) {
    const found = categories.find((c) => c.name === name && c.parentId === parentId)
    if (!found) throw new Error(`演示分类不存在：${path}`)
    parentId = found.id
  }
  return parentId!
}

/**
 * 每月一题 topics of the demo community, dated relative to `now` so their milestones fall among
 * the demo's cases; a milestone not yet due at `now` is left out.
 */
export function generateDemoTopics(org: DemoData, cases: readonly CaseRecord[], { now, ids }: { now: number; ids: IdFactory }): ProactiveIssue[] {
  const communityId = org.community[0].id
  const stamp: Stamp = { now, hlc: org.community[0].hlc }
  const units = new Map(org.unit.map((u) => [u.name, u.id]))
  const admin = org.user.find((u) => u.username === 'admin')?.id ?? 'system'
  const current = periodOf(now)
  return PLANS.map((plan) => {
    const month = shiftPeriod(current, -plan.monthsAgo)
    const start = chinaDayStart(`${month}-01`) + 9 * 3_600_000
    const milestones: Milestone[] = plan.road
      .map(([stage, days, note]) => ({ stage, at: start + days * DAY_MS, actor: admin, ...(note ? { note } : {}) }))
      .filter((m) => m.at <= now)
    const topic = { month, categoryIds: plan.paths.map((p) => categoryAt(org.category, p)), gridIds: [], placeIds: [] }
    const fields: Omit<ProactiveIssue, 'id' | 'communityId' | 'createdAt' | 'updatedAt' | 'hlc'> = {
      kind: plan.kind,
      title: plan.title,
      description: plan.description,
      ...topic,
      leadUnitId: units.get(plan.lead),
      coUnitIds: plan.co.map((n) => units.get(n)).filter((id): id is string => !!id),
      baselineVolume: plan.seasonal ? monthlyVolume(topic, cases, [shiftPeriod(month, -12)])[0].count : suggestBaseline(topic, cases),
      stage: milestones[milestones.length - 1]?.stage ?? '选题',
      milestones,
      caseIds: []
    }
    return stampCreate<ProactiveIssue>(fields, ids(), communityId, stamp)
  })
}
