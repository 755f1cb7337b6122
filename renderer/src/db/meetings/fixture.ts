import type { AttendeeRole, Meeting, Proposal } from '@shared/domain/meetings'
import type { DeskDB } from '../database'
import { caseWorld, type CaseWorld } from '../cases/fixture'
import { T0, ctxAt } from '../testing'
import { createMeetingService } from './service'
import type { MeetingInput, MeetingService } from './contract'

/** Test world: the case world, a 立项 micro-proposal, a 立项 topic from a case, and a meeting with both on its agenda. */
export interface MeetingWorld {
  w: CaseWorld
  service: MeetingService
  caseId: string
  micro: Proposal
  fromCase: Proposal
  meeting: Meeting
  /** signs in `n` attendees of a role, named 居民1, 居民2… */
  signIn(n: number, role?: AttendeeRole): Promise<Meeting>
}

export const HOUR = 3_600_000
export const DAY = 24 * HOUR
export const meetingAt = T0 + 2 * DAY

export const meetingInput = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  type: '小院议事厅',
  title: '安和里小区车棚议事会',
  at: meetingAt,
  durationMinutes: 90,
  location: '安和里小区议事亭',
  hostName: '刘厅长',
  recorderName: '陈记录',
  invitees: [{ kind: '物业', name: '安和物业服务有限公司' }],
  ...overrides
})

export async function meetingWorld(db: DeskDB): Promise<MeetingWorld> {
  const w = await caseWorld(db)
  const service = createMeetingService(db)
  const ctx = ctxAt(T0)
  const intake = await w.services.cases.intake(w.communityId, w.intake({ title: '楼下电动车乱停', content: '安和里 3 号楼楼下电动自行车乱停，堵住消防通道。' }), ctx)
  const micro = await service.propose(
    w.communityId,
    { source: '微提案', title: '3 号楼南侧增设非机动车棚', content: '居民电动车无处停放，建议在南侧空地增设车棚。', proposerName: '赵淑兰', coSignerNames: ['钱立新', '孙桂芝'], budget: 28000, placeId: w.places[0].id },
    ctx
  )
  const fromCase = await service.proposeFromCase(intake.id, ctx)
  await service.screen(micro.id, { accept: true }, ctx)
  await service.screen(fromCase.id, { accept: true }, ctx)
  const created = await service.create(w.communityId, meetingInput(), ctx)
  const meeting = await service.setAgenda(created.id, [{ proposalId: micro.id, minutes: 20 }, { proposalId: fromCase.id, minutes: 15 }], ctx)
  let signed = 0
  return {
    w,
    service,
    caseId: intake.id,
    micro,
    fromCase,
    meeting,
    async signIn(n, role = '居民') {
      let last = meeting
      for (let i = 0; i < n; i++) {
        signed += 1
        last = await service.signIn(meeting.id, { name: `${role}${signed}`, role, at: meetingAt }, ctxAt(meetingAt))
      }
      return last
    }
  }
}
