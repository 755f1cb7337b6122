import type { Satisfaction } from '../domain/case'
import type { CaseFlag } from '../domain/case'
import type { Random } from './random'
import type { CaseRun } from './caseScript'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

export interface LifeCast {
  clerk: string
  /** a second handler: the 书记 or admin who approves extensions */
  leader: string
  handlerId: string
  unitId?: string
  reply: string
  /** the earlier case this one repeats, to be cancelled as 重复件 */
  duplicateOf?: string
}

const between = (random: Random, from: number, to: number) => from + random.next() * (to - from)

/** 满意 80 %, 基本满意 12 %, 不满意 8 % (a second callback after 重办 is kinder). */
export function pickSatisfaction(random: Random, afterRedo = false): Satisfaction {
  const x = random.next()
  if (afterRedo) return x < 0.7 ? '满意' : x < 0.9 ? '基本满意' : '不满意'
  return x < 0.8 ? '满意' : x < 0.92 ? '基本满意' : '不满意'
}

/** One callback: 90 % reached; resolved follows satisfaction so that about 85 % are resolved. */
function callback(run: CaseRun, random: Random, at: number, clerk: string, afterRedo = false): Satisfaction | undefined {
  const valid = random.chance(0.985)
  const contacted = random.chance(0.9)
  const satisfaction = contacted ? pickSatisfaction(random, afterRedo) : undefined
  const resolvedOdds = satisfaction === '满意' ? 0.93 : satisfaction === '基本满意' ? 0.75 : satisfaction === '不满意' ? 0.1 : 0.6
  const resolved = random.chance(resolvedOdds)
  const summary = !contacted ? '多次联系未接通' : satisfaction === '不满意' ? '来电人表示问题仍未解决' : '来电人认可处理结果'
  run.act(at, { type: 'callback', valid, contacted, resolved, satisfaction, summary }, clerk)
  return satisfaction
}

/** Reply at a fraction of the 办结 span (a few late), then callback and 办结, with 重办 after some 不满意. */
function finish(run: CaseRun, random: Random, cast: LifeCast, after: number): void {
  const start = run.base.receivedAt
  const span = run.finishDeadline() - start
  const share = random.chance(0.06) ? between(random, 1.02, 1.35) : between(random, 0.12, 0.85)
  const replyAt = Math.max(after + 30 * MIN, start + share * span)
  if (!run.act(replyAt, { type: 'reply', reply: cast.reply, result: '已解决' }, cast.clerk)) return
  const closeAt = replyAt + between(random, 2 * HOUR, 3 * DAY)
  const callbackAt = replyAt + between(random, DAY, 5 * DAY)
  const [first, second] = closeAt < callbackAt ? (['close', 'callback'] as const) : (['callback', 'close'] as const)
  let satisfaction: Satisfaction | undefined
  for (const step of [first, second]) {
    if (step === 'close') run.act(closeAt, { type: 'close' }, cast.clerk)
    else satisfaction = callback(run, random, callbackAt, cast.clerk)
  }
  if (satisfaction !== '不满意' || !random.chance(0.5) || run.halted) return
  // 重办: the caller was not satisfied and the case goes back to work
  const reopenAt = run.lastAt + between(random, 4 * HOUR, 2 * DAY)
  if (!run.act(reopenAt, { type: 'reopen', reason: '回访不满意，重新办理' }, cast.clerk)) return
  const again = reopenAt + between(random, 1 * DAY, 5 * DAY)
  if (!run.act(again, { type: 'reply', reply: `重办：${cast.reply}`, result: '已解决' }, cast.clerk)) return
  callback(run, random, again + between(random, DAY, 3 * DAY), cast.clerk, true)
  run.act(again + between(random, 3 * DAY, 5 * DAY), { type: 'close' }, cast.clerk)
}

/**
 * A case's life as the office lives it: 指派, 签收 (some late), 联系, now and then 退单, 重复件, 疑难,
 * 挂账, 延期 and flags, then 反馈, 回访 and 办结. Stops wherever `now` falls.
 */
export function liveCase(run: CaseRun, random: Random, cast: LifeCast): void {
  const r = run.base.receivedAt
  const urgent = run.base.level === '2小时'
  run.act(r + between(random, 2 * MIN, 10 * MIN), { type: 'assign', handlerId: cast.handlerId, unitId: cast.unitId }, cast.clerk)
  if (run.base.source === '12345派单' && random.chance(0.03)) {
    run.act(r + between(random, 30 * MIN, 90 * MIN), { type: 'return', reason: '经核实不属于本社区管辖范围，已退回派单中心' }, cast.clerk)
    return
  }
  const signAt = r + (urgent ? between(random, 10 * MIN, 50 * MIN) : random.chance(0.05) ? between(random, 2.5 * HOUR, 6 * HOUR) : between(random, 10 * MIN, 100 * MIN))
  if (!run.act(signAt, { type: 'sign' }, cast.clerk)) return
  if (cast.duplicateOf) {
    run.act(signAt + between(random, 10 * MIN, 60 * MIN), { type: 'cancel', reason: '重复件', duplicateOf: cast.duplicateOf }, cast.clerk)
    return
  }
  const contactAt = signAt + (urgent ? between(random, 5 * MIN, 40 * MIN) : random.chance(0.05) ? between(random, 25 * HOUR, 40 * HOUR) : between(random, 20 * MIN, 20 * HOUR))
  if (!run.act(contactAt, { type: 'contact', note: '已电话联系来电人了解情况' }, cast.clerk)) return
  const flags: CaseFlag[] = []
  if (random.chance(0.04)) flags.push('疑难')
  if (random.chance(0.02)) flags.push('督办')
  if (random.chance(0.03)) flags.push('催办')
  for (const flag of flags) if (!run.act(contactAt + between(random, HOUR, 2 * DAY), { type: 'flag', flag }, cast.leader)) return
  if (random.chance(flags.includes('疑难') ? 0.4 : 0.015)) {
    const parkAt = run.lastAt + between(random, HOUR, 2 * DAY)
    if (!run.act(parkAt, { type: 'park', reason: '涉及产权单位和历史遗留问题，需协调后处理' }, cast.clerk)) return
    if (!run.act(parkAt + between(random, 5 * DAY, 40 * DAY), { type: 'resume' }, cast.clerk)) return
  }
  if (random.chance(0.05)) {
    const askAt = Math.max(run.lastAt + HOUR, run.finishDeadline() - between(random, 2 * DAY, 4 * DAY))
    if (!run.act(askAt, { type: 'requestExtension', amount: 5, unit: 'work_day', reason: '需协调多个部门联合处置，申请延期 5 个工作日' }, cast.clerk)) return
    const decision = random.chance(0.8) ? ({ type: 'approveExtension' } as const) : ({ type: 'rejectExtension', reason: '时限内可以办结，请加快办理' } as const)
    if (!run.act(askAt + between(random, 2 * HOUR, DAY), decision, cast.leader)) return
  }
  finish(run, random, cast, run.lastAt)
  if (!run.halted && run.state.status === '已办结' && random.chance(0.01)) {
    run.act(run.lastAt + DAY, { type: 'assess', included: false, exclusionReason: '不合理诉求' }, cast.leader)
  }
}
