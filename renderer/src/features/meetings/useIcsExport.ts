import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { Meeting } from '@shared/domain/meetings'
import { toIcs } from '@shared/io/ics'
import { platform } from '../../platform'
import { useSessionStore } from '../../stores/session'
import { safeFileName } from '@shared/io/fileName'
import { meetingEvents } from './meetingIcs'
import { useMeetingLookups } from './useMeetingLookups'

/** Saves meetings as one .ics file through the platform (a save dialog on the desktop, a download in a browser). */
export function useIcsExport() {
  const { t } = useI18n()
  const session = useSessionStore()
  const { placeName } = useMeetingLookups()
  const busy = ref(false)

  async function exportIcs(meetings: readonly Meeting[], fileName: string): Promise<void> {
    if (meetings.length === 0) return void ElMessage.warning(t('meetings.ics.none'))
    busy.value = true
    try {
      const community = session.community?.name ?? ''
      const text = toIcs(meetingEvents(meetings, placeName), t('meetings.ics.calendar', { community }))
      const result = await platform.saveFile({ suggestedName: `${safeFileName(fileName, t('meetings.ics.fileAll'))}.ics`, data: text, filters: [{ name: t('meetings.ics.filter'), extensions: ['ics'] }] })
      if (!result.canceled) ElMessage.success(t('meetings.ics.saved', { n: meetings.length }))
    } catch (err) {
      ElMessage.error(t('meetings.ics.failed', { message: err instanceof Error ? err.message : String(err) }))
    } finally {
      busy.value = false
    }
  }
  return { busy, exportIcs }
}
