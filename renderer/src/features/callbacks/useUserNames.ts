import { repos } from '../../db'
import { useLiveQuery } from '../../composables/useLiveQuery'
import { useSessionStore } from '../../stores/session'

/** The community's accounts by id, to show a case's 承办人 by name. */
export function useUserNames() {
  const session = useSessionStore()
  const users = useLiveQuery(
    () => (session.communityId ? repos().user.list(session.communityId) : []),
    [() => session.communityId],
    []
  ).data
  return (id: string | undefined): string => (id ? (users.value.find((u) => u.id === id)?.name ?? '—') : '—')
}
