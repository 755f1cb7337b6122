import { validateChecklist } from '@shared/domain/volunteerForms'
import { TEN_NOS } from '@shared/domain/volunteers'
import type { DeskDB } from '../database'
import { repositoriesFor } from '../repositories'
import type { VolunteerDesk } from './contract'
import { createPatrols } from './patrols'
import { createPoints } from './points'
import { createRegistry } from './registry'
import { createRoster } from './roster'
import { createRosterImport } from './rosterImport'

/**
 * 小巷管家 and 双报到 on one database (DESIGN §2.8): the registry, coverage, roster, patrols, the
 * points ledger and the roster import. Each write is one rw transaction; a refusal writes nothing.
 */
export function createVolunteerService(db: DeskDB, options: { today?: () => string } = {}): VolunteerDesk {
  const settings = repositoriesFor(db).setting
  return {
    ...createRegistry(db),
    ...createRoster(db),
    ...createPatrols(db),
    ...createPoints(db),
    ...createRosterImport(db, options),
    checklist: async () => (await settings.get('volunteers.checklist')) ?? [...TEN_NOS],
    setChecklist: async (items, ctx) => {
      const checked = validateChecklist(items)
      await settings.set('volunteers.checklist', checked, ctx)
      return checked
    }
  }
}
