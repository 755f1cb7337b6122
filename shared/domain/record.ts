/** Fields every stored record carries (DESIGN §2, §6). All times are epoch milliseconds. */
export interface SyncFields {
  /** hybrid logical clock of the last write: sortable `ms-counter-deviceId` */
  hlc: string
  /** per-field clocks for field-level last-writer-wins merge */
  fieldClocks?: Record<string, string>
  /** tombstone: deleted records stay 30 days in the trash */
  deletedAt?: number
}

export interface BaseRecord extends SyncFields {
  /** ULID */
  id: string
  communityId: string
  createdAt: number
  updatedAt: number
}

/** Fields a caller supplies when creating a record; the repository fills the rest. */
export type NewRecord<T extends BaseRecord> = Omit<T, keyof BaseRecord> & Partial<Pick<T, 'id'>>
