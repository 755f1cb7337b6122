import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CaseRecord } from '@shared/domain/case'
import type { RollupDimension } from '../../db/rollups/contract'
import { useDashboardStore } from '../../stores/dashboard'
import { MEASURE_FIGURE, type Measure } from './figures'

/** The drawer that lists the cases behind one figure of one key. */
export function useDrill() {
  const { t } = useI18n()
  const board = useDashboardStore()
  const open = ref(false)
  const loading = ref(false)
  const title = ref('')
  const measure = ref<Measure | null>(null)
  const cases = shallowRef<CaseRecord[]>([])
  let asked = 0

  async function drill(dimension: RollupDimension, key: string, label: string, m: Measure): Promise<void> {
    const mine = ++asked
    const figure = MEASURE_FIGURE[m]
    measure.value = m
    title.value = `${label} · ${t(`dashboard.kpi.${m}`)} · ${t(`dashboard.figures.${figure}`)}（${board.period}）`
    cases.value = []
    open.value = true
    loading.value = true
    try {
      const list = await board.casesBehind(dimension, key, figure)
      if (mine === asked) cases.value = [...list].sort((a, b) => b.receivedAt - a.receivedAt)
    } finally {
      if (mine === asked) loading.value = false
    }
  }

  return { open, loading, title, measure, cases, drill }
}
