import { defineStore } from 'pinia'
import type { Category, Community, Grid, Person, Place, Unit } from '@shared/domain/org'
import type { NewRecord } from '@shared/domain/record'
import { repos } from '../db'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useSessionStore } from './session'

/** The community's places and people: live lists plus the edits settings makes. */
export const useOrgStore = defineStore('org', () => {
  const session = useSessionStore()
  const id = () => session.communityId
  const live = <T>(fn: (communityId: string) => Promise<T[]>) =>
    useLiveQuery(() => (id() ? fn(id()) : Promise.resolve([] as T[])), [() => session.communityId], [] as T[]).data

  const grids = live((c) => repos().grid.list(c))
  const places = live((c) => repos().place.list(c))
  const units = live((c) => repos().unit.list(c))
  const categories = live((c) => repos().category.list(c))
  const people = live((c) => repos().person.list(c))

  async function updateCommunity(patch: Partial<NewRecord<Community>>): Promise<void> {
    session.require('settings.edit')
    await repos().community.update(id(), patch, session.ctx())
    await session.reloadCommunity()
  }

  const saveGrid = (input: NewRecord<Grid>, existingId?: string) =>
    existingId ? repos().grid.update(existingId, input, session.ctx()) : repos().grid.create(id(), input, session.ctx())
  const removeGrid = (gridId: string) => repos().grid.remove(gridId, session.ctx())

  const savePlace = (input: NewRecord<Place>, existingId?: string) =>
    existingId ? repos().place.update(existingId, input, session.ctx()) : repos().place.create(id(), input, session.ctx())
  const removePlace = (placeId: string) => repos().place.remove(placeId, session.ctx())

  const saveUnit = (input: NewRecord<Unit>, existingId?: string) =>
    existingId ? repos().unit.update(existingId, input, session.ctx()) : repos().unit.create(id(), input, session.ctx())
  const removeUnit = (unitId: string) => repos().unit.remove(unitId, session.ctx())

  const saveCategory = (input: NewRecord<Category>, existingId?: string) =>
    existingId
      ? repos().category.update(existingId, input, session.ctx())
      : repos().category.create(id(), input, session.ctx())
  const removeCategory = (categoryId: string) => repos().category.remove(categoryId, session.ctx())

  // every edit here is a 系统设置 change
  const guarded = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    session.require('settings.edit')
    return fn(...args)
  }

  return {
    grids, places, units, categories, people, updateCommunity,
    saveGrid: guarded(saveGrid), removeGrid: guarded(removeGrid), savePlace: guarded(savePlace), removePlace: guarded(removePlace),
    saveUnit: guarded(saveUnit), removeUnit: guarded(removeUnit), saveCategory: guarded(saveCategory), removeCategory: guarded(removeCategory)
  }
})

export type { Person }
