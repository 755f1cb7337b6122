import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import type { Patrol } from '@shared/domain/volunteers'
import type { DeskDB } from '../../db'
import { createMeetingService } from '../../db/meetings/service'
import { ctxAt, freshDb } from '../../db/testing'
import { H, volunteerWorld } from '../../db/volunteers/fixture'
import { i18n } from '../../i18n'
import { useMeetingsStore } from '../../stores/meetings'
import { signInForTest } from '../../stores/testing'
import { useVolunteersStore } from '../../stores/volunteers'
import FindingTopicButton from './FindingTopicButton.vue'

// The stores' default database and services, sent to a fresh test database; the confirm box answered by the test.
const holder = vi.hoisted(() => ({ db: null as DeskDB | null, answer: true }))
vi.mock('../../db', async () => {
  const real = await vi.importActual<typeof import('../../db')>('../../db')
  return { ...real, db: () => holder.db as DeskDB, repos: () => real.repositoriesFor(holder.db as DeskDB) }
})
vi.mock('../../db/meetings', async () => {
  const real = await vi.importActual<typeof import('../../db/meetings')>('../../db/meetings')
  return { ...real, meetingService: () => createMeetingService(holder.db as DeskDB) }
})
vi.mock('../../db/volunteers', async () => {
  const real = await vi.importActual<typeof import('../../db/volunteers/service')>('../../db/volunteers/service')
  return { volunteerService: () => real.createVolunteerService(holder.db as DeskDB) }
})
vi.mock('../../composables/useBusyAction', async () => {
  const real = await vi.importActual<typeof import('../../composables/useBusyAction')>('../../composables/useBusyAction')
  return { ...real, confirmed: () => Promise.resolve(holder.answer) }
})

enableAutoUnmount(afterEach)

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 3000) throw new Error('the live list did not catch up')
    await new Promise((r) => setTimeout(r, 10))
  }
}

let w: Awaited<ReturnType<typeof volunteerWorld>>
let patrol: Patrol

beforeEach(async () => {
  holder.db = freshDb()
  holder.answer = true
  w = await volunteerWorld(holder.db)
  const end = Date.now() - 10 * 60_000
  patrol = await w.service.recordPatrol(
    w.communityId,
    { volunteerId: w.zhang.id, placeId: w.places[0].id, startedAt: end - H, endedAt: end, checklist: {}, findings: [{ type: '飞线充电', text: '3号楼东侧有电动车飞线充电', handling: '当场劝导', handledNote: '已劝离' }] },
    ctxAt(end)
  )
})
afterEach(() => holder.db?.delete())

async function mountButton() {
  const button = mount(FindingTopicButton, {
    props: { patrol, finding: patrol.findings[0] },
    global: { plugins: [ElementPlus, i18n], stubs: { RouterLink: RouterLinkStub } },
    attachTo: document.body
  })
  await until(() => useVolunteersStore().volunteers.length === 2)
  return button
}

describe('FindingTopicButton', () => {
  it('proposes the finding to the 议事 pool from its volunteer, then links to the topic instead', async () => {
    signInForTest(w.communityId)
    const button = await mountButton()
    await button.get('[data-test="finding-make-topic"]').trigger('click')
    const meetings = useMeetingsStore()
    await until(() => meetings.proposals.length === 1)
    expect(meetings.proposals[0]).toMatchObject({
      source: '小巷管家',
      title: '安和里小区飞线充电',
      proposerId: w.zhang.personId,
      proposerName: '张秀英',
      placeId: w.places[0].id,
      status: '待筛选',
      sourceRef: `patrol:${patrol.id}:${patrol.findings[0].id}`
    })
    expect(meetings.proposals[0].content).toMatch(/^3号楼东侧有电动车飞线充电（小巷管家张秀英 .* 巡查发现）$/)
    await flushPromises()
    expect(button.find('[data-test="finding-make-topic"]').exists()).toBe(false)
    expect(button.get('[data-test="finding-topic-link"]').text()).toBe('已转为议题（待筛选）')
  })

  it('proposes nothing when the clerk says no, and offers nothing to an account without 议事协商管理', async () => {
    signInForTest(w.communityId)
    holder.answer = false
    const button = await mountButton()
    await button.get('[data-test="finding-make-topic"]').trigger('click')
    await flushPromises()
    await new Promise((r) => setTimeout(r, 100))
    expect(await createMeetingService(holder.db!).proposals(w.communityId)).toEqual([])
    button.unmount()

    signInForTest(w.communityId, ['coordinator'])
    const other = await mountButton()
    expect(other.find('[data-test="finding-make-topic"]').exists()).toBe(false)
  })
})
