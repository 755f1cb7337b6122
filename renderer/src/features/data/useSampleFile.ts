/** 下载示例文件: a 12345 export made up for the open community, to try the import with. */
import { ref } from 'vue'
import { categoryPath } from '@shared/domain/categories'
import { formatDate } from '@shared/domain/dates'
import type { FileFilter } from '@shared/ipc'
import { repos } from '../../db'
import { platform } from '../../platform'
import { useSessionStore } from '../../stores/session'

export type SampleFormat = 'xlsx' | 'csv' | 'gbk'

export interface SampleFileOptions {
  /** rows in the file */
  count?: number
  now?: () => number
}

const SUFFIX: Record<SampleFormat, string> = { xlsx: '.xlsx', csv: '-UTF8.csv', gbk: '-GBK.csv' }
const FILTER: Record<SampleFormat, FileFilter> = {
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  gbk: { name: 'CSV', extensions: ['csv'] }
}

export function useSampleFile({ count = 60, now = () => Date.now() }: SampleFileOptions = {}) {
  const session = useSessionStore()
  const busy = ref(false)

  /** The community's names for the file: its 小区 and 街巷, and the category paths its tree has. */
  async function communityNames() {
    const id = session.communityId
    const [places, categories] = await Promise.all([repos().place.list(id), repos().category.list(id)])
    return {
      places: places.filter((p) => p.kind === '小区' || p.kind === '街巷').map((p) => p.name),
      categoryPaths: categories.map((c) => categoryPath(categories, c.id)).filter((p): p is string => !!p)
    }
  }

  /** Generates the file and saves it; resolves to the saved name, or '' when the clerk cancelled. */
  async function download(format: SampleFormat): Promise<string> {
    busy.value = true
    try {
      const at = now()
      // the generator carries exceljs and the demo texts: loaded only when a sample is asked for
      const demo = await import('@shared/demo/export12345')
      const c = session.community
      const rows = demo.generate12345Rows({
        seed: at % 2 ** 31, count, now: at, district: c?.district, township: c?.township, community: c?.name, ...(await communityNames())
      })
      const data = format === 'xlsx' ? await demo.write12345Xlsx(rows) : format === 'csv' ? demo.write12345Csv(rows) : demo.write12345GbkCsv(rows)
      const suggestedName = `12345工单示例-${formatDate(at)}${SUFFIX[format]}`
      const saved = await platform.saveFile({ suggestedName, data, filters: [FILTER[format]] })
      return saved.canceled ? '' : suggestedName
    } finally {
      busy.value = false
    }
  }

  return { busy, download }
}
