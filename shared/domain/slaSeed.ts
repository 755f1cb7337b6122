import type { SlaRuleRecord } from './case'
import type { Category } from './org'
import { type IdFactory, seedHlc } from './categories'
import { DEFAULT_LEVEL_CLOCKS } from './slaRules'
import { stampCreate } from '../sync/stamp'

type RuleFields = Omit<SlaRuleRecord, 'id' | 'communityId' | 'createdAt' | 'updatedAt' | 'hlc' | 'fieldClocks' | 'deletedAt'>

/** Top categories of 水电气热 service, answered within 24 hours. */
export const UTILITY_CATEGORIES = ['供暖', '供水'] as const

/**
 * The default 四级响应 rules (DESIGN §2.3) with the default clocks of each level. The 一般 rule has
 * no conditions, so it catches every case no other rule claims.
 */
export function defaultSlaRules(utilityCategoryIds: string[] = []): RuleFields[] {
  return [
    {
      name: '紧急/危及安全',
      level: '2小时',
      keywords: ['燃气泄漏', '漏气', '煤气味', '火灾', '着火', '冒烟', '坍塌', '倒塌', '被困', '困电梯', '漏电', '触电', '爆炸', '井盖缺失', '高空坠物'],
      priority: 100,
      clocks: { ...DEFAULT_LEVEL_CLOCKS['2小时'] },
      enabled: true
    },
    {
      name: '水电气热',
      level: '24小时',
      categoryIds: utilityCategoryIds,
      keywords: ['停水', '停电', '停气', '暖气不热', '室温不达标', '没有暖气', '燃气', '供暖', '水压'],
      priority: 50,
      clocks: { ...DEFAULT_LEVEL_CLOCKS['24小时'] },
      enabled: true
    },
    {
      name: '疑难复杂',
      level: '15天',
      keywords: ['历史遗留', '产权纠纷', '违法建设', '私搭乱建', '拆除违建'],
      priority: 20,
      clocks: { ...DEFAULT_LEVEL_CLOCKS['15天'] },
      enabled: true
    },
    {
      name: '一般诉求',
      level: '7天',
      priority: 0,
      clocks: { ...DEFAULT_LEVEL_CLOCKS['7天'] },
      enabled: true
    }
  ]
}

/** The default rules as records; pass the seeded categories to link 水电气热 to 供暖 and 供水. */
export function seedSlaRules(communityId: string, ids: IdFactory, now: number, categories: readonly Category[] = []): SlaRuleRecord[] {
  const utility = categories.filter((c) => c.level === 1 && (UTILITY_CATEGORIES as readonly string[]).includes(c.name)).map((c) => c.id)
  const stamp = { now, hlc: seedHlc(now) }
  return defaultSlaRules(utility).map((rule) => stampCreate<SlaRuleRecord>(rule, ids(), communityId, stamp))
}
