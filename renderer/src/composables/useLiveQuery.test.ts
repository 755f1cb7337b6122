import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { effectScope, nextTick, ref } from 'vue'
import { useLiveQuery } from './useLiveQuery'

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 30))

describe('useLiveQuery', () => {
  it('follows table changes and reactive sources', async () => {
    const db = new Dexie('live-' + Math.random())
    db.version(1).stores({ item: 'id, kind' })
    await db.table('item').bulkAdd([{ id: 'a', kind: 'x' }, { id: 'b', kind: 'y' }])
    const kind = ref('x')
    const scope = effectScope()
    const result = scope.run(() =>
      useLiveQuery(() => db.table('item').where('kind').equals(kind.value).count(), [kind], -1)
    )!
    await settle()
    expect(result.data.value).toBe(1)
    await db.table('item').add({ id: 'c', kind: 'x' })
    await settle()
    expect(result.data.value).toBe(2)
    kind.value = 'y'
    await nextTick()
    await settle()
    expect(result.data.value).toBe(1)
    scope.stop()
    db.close()
  })
})
