import type { CaseRecord } from '@shared/domain/case'
import { caseService } from '../../db'
import { useLiveQuery } from '../../composables/useLiveQuery'

/** The cases a whistle is linked to, live, in the order given; missing ones are left out. */
export function useLinkedCases(ids: () => readonly string[]) {
  return useLiveQuery(
    async () => (await Promise.all(ids().map((id) => caseService().get(id)))).filter((c): c is CaseRecord => c !== undefined),
    [() => ids().join(',')],
    [] as CaseRecord[]
  ).data
}
