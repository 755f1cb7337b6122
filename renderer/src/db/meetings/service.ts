import type { DeskDB } from '../database'
import type { MeetingService } from './contract'
import { followUpPart } from './followUp'
import { modePart } from './meetingMode'
import { meetingPart } from './meetings'
import { minutesPart } from './minutes'
import { proposalPart } from './proposals'
import { meetingStore } from './store'

/** 议事协商 (DESIGN §2.7) on one database: the topic pool, meetings, minutes and the follow-up of resolutions. */
export function createMeetingService(db: DeskDB): MeetingService {
  const store = meetingStore(db)
  return {
    ...proposalPart(db, store),
    ...meetingPart(db, store),
    ...modePart(store),
    ...minutesPart(store),
    ...followUpPart(db, store)
  }
}
