import type { ValidIntake } from './caseIntake'
import type { Category, Person, Place } from './org'
import { validatePhone } from './phone'
import { problemOf } from './volunteerRules'
import { TEN_NOS, type Patrol, type PatrolFinding } from './volunteers'

/** A patrol finding turned into a case (小巷管家上报): what the 新建工单 form starts with. */

/** Category names the 十无 problems go by in the 12345 tree where the names differ. */
const CATEGORY_ALIASES: Record<string, string[]> = {
  违章建筑: ['私搭乱建', '违法建设'],
  乱停乱放: ['乱停车', '停车管理'],
  乱堆乱放: ['乱堆物料'],
  破损设施: ['市政设施', '公共设施'],
  违规广告: ['小广告'],
  积存垃圾: ['暴露垃圾', '垃圾分类']
}

/** The 十无 problem a case category stands for ('乱停车' → 乱停乱放), if any. */
export function problemForCategory(categoryName: string): string | undefined {
  return TEN_NOS.map(problemOf).find((p) => p === categoryName || CATEGORY_ALIASES[p]?.includes(categoryName))
}

/** The category a finding type names ('无占道经营' or '占道经营' → 占道经营), deepest first; none when nothing matches. */
export function guessCategory(findingType: string, categories: readonly Pick<Category, 'id' | 'name' | 'level' | 'deletedAt'>[]): string | undefined {
  const problem = problemOf(findingType)
  for (const name of [problem, ...(CATEGORY_ALIASES[problem] ?? [])]) {
    const found = categories.filter((c) => c.name === name && c.deletedAt === undefined).sort((a, b) => b.level - a.level)[0]
    if (found) return found.id
  }
  return undefined
}

export interface FindingIntakeSource {
  patrol: Pick<Patrol, 'endedAt' | 'placeId'>
  finding: Pick<PatrolFinding, 'type' | 'text' | 'placeId'>
  /** the finding's place, or the patrol's */
  place?: Pick<Place, 'id' | 'name' | 'gridId' | 'address'>
  reporter?: Pick<Person, 'name' | 'phone'>
  categories: readonly Pick<Category, 'id' | 'name' | 'level' | 'deletedAt'>[]
}

/**
 * The intake of a finding: source 小巷管家上报, type 投诉, title from the problem and place, the
 * finding's text, its place and grid, received when the patrol ended, the reporting volunteer as
 * the caller, and a category guessed from the problem's name.
 */
export function findingIntakeOf({ patrol, finding, place, reporter, categories }: FindingIntakeSource): ValidIntake {
  const problem = problemOf(finding.type)
  const categoryId = guessCategory(finding.type, categories)
  const phone = reporter?.phone && validatePhone(reporter.phone).ok ? reporter.phone : undefined
  return {
    source: '小巷管家上报',
    type: '投诉',
    title: `${place?.name ?? ''}${problem === '其他' ? '巡查发现问题' : problem}`,
    content: finding.text,
    confidential: false,
    receivedAt: patrol.endedAt,
    ...(categoryId ? { categoryId } : {}),
    ...(place ? { placeId: place.id, gridId: place.gridId, address: place.address ?? place.name } : {}),
    ...(reporter ? { callerName: reporter.name } : {}),
    ...(phone ? { callerPhone: phone } : {})
  }
}
