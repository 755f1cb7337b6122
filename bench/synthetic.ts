import { CASE_FLAGS, type CaseFlag, type CaseRecord, type CaseSource, type CaseStatus, type CaseType, type ResponseLevel } from '@shared/domain/case'
import { seedCategories } from '@shared/domain/categories'
import type { Category } from '@shared/domain/org'
import { createRandom, type Random } from '@shared/demo/random'
import { ESTATES, GIVEN_NAMES, LANES, SURNAMES } from '@shared/demo/names'

/**
 * Cases of a large township over five years (DESIGN §4): 20 communities of 8 grids, skewed
 * categories (street vending, noise, heating in winter), most cases long closed, recent ones
 * spread over every state. Rows have the shape the desk stores.
 */

const DAY = 86_400_000
const HOUR = 3_600_000

function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  const sum = table.reduce((s, [, w]) => s + w, 0)
  let x = random.next() * sum
  for (const [value, w] of table) if ((x -= w) < 0) return value
  return table[table.length - 1][0]
}

const SOURCES: [CaseSource, number][] = [['12345派单', 70], ['来电', 10], ['来访', 8], ['小巷管家上报', 5], ['网格巡查', 5], ['主动发现', 2]]
const TYPES: [CaseType, number][] = [['投诉', 45], ['求助', 25], ['咨询', 15], ['建议', 8], ['举报', 5], ['表扬', 2]]
const LEVELS: [ResponseLevel, number][] = [['7天', 60], ['24小时', 25], ['15天', 10], ['2小时', 5]]
const LEVEL_DAYS: Record<ResponseLevel, number> = { '2小时': 1, '24小时': 3, '7天': 9, '15天': 21 }
const OPEN: [CaseStatus, number][] = [['待签收', 4], ['办理中', 50], ['延期审核', 4], ['挂账', 3], ['已反馈', 20], ['已办结', 19]]
const DETAILS = [
  '已多次反映仍未解决', '影响居民正常出行', '夜间尤其严重', '老人孩子出入不便', '存在安全隐患', '希望有关部门尽快处理',
  '周边居民意见很大', '物业表示无权处理', '持续时间已超过一周', '请社区协调解决', '雨天情况更加严重', '此前已拨打过热线'
]

export interface Synthetic {
  rows: CaseRecord[]
  categories: Category[]
  gridIds: string[]
  now: number
}

export function syntheticCases(count: number, { seed = 7, now = Date.UTC(2026, 10, 25, 6, 0) } = {}): Synthetic {
  const random = createRandom(seed)
  let n = 0
  const id = (prefix: string) => `${prefix}${(n++).toString(36).padStart(8, '0')}`
  const categories = seedCategories('T1', () => id('cat'), now)
  const leaves = categories.filter((c) => !categories.some((x) => x.parentId === c.id))
  const byName = new Map(categories.map((c) => [c.name, c]))
  // a handful of leaves carry most of the volume, as on the real 12345 boards
  const hot = ['占道经营', '社会生活噪声', '暖气不热', '乱停车', '楼道停放充电', '暴露垃圾', '电梯故障', '私搭乱建'].map((name) => byName.get(name)!)
  const gridIds = Array.from({ length: 160 }, () => id('grid'))
  const placeIds = gridIds.map((g) => Array.from({ length: 5 }, () => `${g}-p${random.int(0, 99)}`))
  const handlerIds = Array.from({ length: 120 }, () => id('user'))
  const unitIds = Array.from({ length: 60 }, () => id('unit'))
  const pathOf = (c: Category) => {
    const names: string[] = []
    for (let at: Category | undefined = c; at; at = at.parentId ? categories.find((x) => x.id === at!.parentId) : undefined) names.unshift(at.name)
    return names.join('/')
  }
  const paths = new Map(leaves.map((c) => [c.id, pathOf(c)]))

  const rows: CaseRecord[] = []
  for (let i = 0; i < count; i++) {
    const receivedAt = now - Math.floor(Math.pow(random.next(), 1.15) * 5 * 365 * DAY)
    const month = new Date(receivedAt + 8 * HOUR).getUTCMonth()
    const winter = month >= 10 || month <= 2
    const category = random.chance(winter ? 0.55 : 0.45) ? (winter && random.chance(0.4) ? byName.get('暖气不热')! : random.pick(hot)) : random.pick(leaves)
    const grid = random.int(0, gridIds.length - 1)
    const level = weighted(random, LEVELS)
    const finishDeadline = receivedAt + LEVEL_DAYS[level] * DAY
    const age = now - receivedAt
    const status: CaseStatus = age > 60 * DAY ? (random.chance(0.015) ? '退单' : random.chance(0.01) ? '已撤销' : '已办结') : weighted(random, OPEN)
    const answered = status === '已反馈' || status === '已办结'
    const repliedAt = answered ? Math.min(now, receivedAt + Math.floor(random.next() * LEVEL_DAYS[level] * DAY * (random.chance(0.05) ? 1.6 : 0.9))) : undefined
    const source = weighted(random, SOURCES)
    const place = random.pick(random.chance(0.5) ? LANES : ESTATES)
    const address = `${place}${random.int(1, 120)}号${random.chance(0.5) ? `${random.int(1, 12)}号楼` : '院'}`
    const flags = CASE_FLAGS.filter((_, k) => random.chance([0.03, 0.05, 0.02][k])) as CaseFlag[]
    const calledBack = status === '已办结' && random.chance(0.9)
    const date = new Date(receivedAt + 8 * HOUR).toISOString().slice(0, 10).replace(/-/g, '')
    rows.push({
      id: `case${i.toString(36).padStart(8, '0')}`,
      communityId: 'T1',
      createdAt: receivedAt,
      updatedAt: repliedAt ?? receivedAt,
      hlc: '',
      orderNo: source === '12345派单' ? `${date}${String(i).padStart(8, '0')}` : undefined,
      source,
      type: weighted(random, TYPES),
      categoryId: category.id,
      categoryPath: paths.get(category.id) ?? category.name,
      title: `${place}${category.name}`,
      content: `居民反映${address}${category.name}问题，${random.pick(DETAILS)}，${random.pick(DETAILS)}。${random.chance(0.5) ? `${random.pick(DETAILS)}，` : ''}请尽快核实处置并回复。`,
      callerName: random.pick(SURNAMES) + random.pick(GIVEN_NAMES),
      callerPhone: `13${random.int(0, 9)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      confidential: random.chance(0.08),
      address,
      gridId: gridIds[grid],
      placeId: random.pick(placeIds[grid]),
      receivedAt,
      level,
      signDeadline: receivedAt + 2 * HOUR,
      contactDeadline: receivedAt + 24 * HOUR,
      finishDeadline,
      status,
      handlerId: random.pick(handlerIds),
      unitId: random.pick(unitIds),
      flags,
      repliedAt,
      closedAt: status === '已办结' ? repliedAt : undefined,
      callback: calledBack ? { valid: true, contacted: true, resolved: random.chance(0.8), satisfaction: random.chance(0.85) ? '满意' : '基本满意' } : undefined,
      callbackDue: answered && !calledBack ? repliedAt : undefined,
      paused: status === '挂账',
      assessment: { included: true }
    })
  }
  return { rows, categories, gridIds, now }
}
