import { holidaySchema, slaRuleSchema } from '@shared/domain/calendarSchemas'
import { fieldError } from '@shared/domain/errors'
import { createRepository, isLive } from './base'
import type { Writer } from './writer'

/** 时限规则: validated clocks, so no rule with a zero or negative amount is ever stored. */
export function createSlaRuleRepository(writer: Writer) {
  return createRepository(writer, 'slaRule', { schema: slaRuleSchema })
}

/** 节假日: one entry per day and community, on top of the shipped calendar. */
export function createHolidayRepository(writer: Writer) {
  return createRepository(writer, 'holiday', {
    schema: holidaySchema,
    async check(next, _prev, db) {
      const clash = await db.holiday
        .where('communityId')
        .equals(next.communityId)
        .filter((h) => isLive(h) && h.day === next.day && h.id !== next.id)
        .count()
      if (clash) throw fieldError('day', `${next.day} 已有一条安排，请修改那一条`)
    }
  })
}
