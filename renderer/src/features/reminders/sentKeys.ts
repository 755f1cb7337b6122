/** The reminders already shown, kept on this device so a restart does not show them again. */
export interface SentKeys {
  load(): Set<string>
  save(keys: ReadonlySet<string>): void
}

const PREFIX = 'community-desk.reminders.sent:'

/** Sent keys in localStorage, one entry per community; unreadable or full storage only costs a repeat. */
export function localSentKeys(storage: Pick<Storage, 'getItem' | 'setItem'>, scope: () => string): SentKeys {
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(PREFIX + scope()) ?? '[]')
        return new Set(Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [])
      } catch {
        return new Set()
      }
    },
    save(keys) {
      try {
        storage.setItem(PREFIX + scope(), JSON.stringify([...keys]))
      } catch {
        // a full or disabled storage: the next check may repeat a reminder, nothing worse
      }
    }
  }
}
