import type { Category } from './org'
import { formatHlc } from '../sync/hlc'
import { stampCreate } from '../sync/stamp'

export type IdFactory = () => string

type Tree = Record<string, Record<string, string[]>>

/** The 12345 top categories with the second and third levels a community office meets most. */
export const CATEGORY_TREE: Tree = {
  市场管理: { 食品安全: ['过期食品', '无证经营'], 价格监管: ['未明码标价', '乱收费'], 消费维权: ['预付卡退费', '商品质量'], 无照经营: [] },
  公共服务: { 政务服务: ['办事效率', '证件办理'], 便民服务: ['菜市场', '便利店'], 公共设施: ['公共厕所', '健身器材'], 邮政快递: [] },
  住房: { 房屋安全: ['危房', '房屋漏雨'], 老旧小区改造: ['加装电梯', '综合整治'], 住房保障: ['公租房', '保障房申请'], 房屋租赁: ['群租房', '中介纠纷'] },
  医疗卫生: { 医疗服务: ['挂号就诊', '医患纠纷'], 公共卫生: ['病媒生物', '疫苗接种'], 医保报销: [] },
  城乡建设: {
    市容环卫: ['占道经营', '暴露垃圾', '小广告', '乱堆物料'],
    违法建设: ['私搭乱建', '开墙打洞'],
    市政设施: ['道路破损', '井盖缺损', '路灯不亮'],
    园林绿化: ['树木修剪', '绿地破坏'],
    施工管理: ['渣土遗撒', '夜间施工']
  },
  交通管理: { 停车管理: ['乱停车', '停车收费', '僵尸车'], 道路交通: ['信号灯', '交通拥堵'], 公共交通: ['公交线路', '共享单车'] },
  社会秩序: { 邻里纠纷: [], 宠物管理: ['遛狗不牵绳', '犬只扰民'], 流浪乞讨: [], 社区管理: [] },
  劳动和社会保障: { 劳动关系: ['拖欠工资', '劳动合同'], 社会保险: ['养老保险', '医疗保险'], 就业服务: [] },
  教育: { 入学入托: ['义务教育入学', '幼儿园入园'], 校外培训: [], 校园周边: [] },
  环境保护: {
    噪声污染: ['施工噪声', '社会生活噪声', '商业噪声'],
    大气污染: ['餐饮油烟', '露天烧烤', '扬尘'],
    水污染: [],
    垃圾分类: ['分类投放', '清运不及时']
  },
  供暖: { 居民供暖: ['室温不达标', '暖气不热', '跑冒滴漏'], 供暖收费: [], 供暖设施: [] },
  供水: { 停水: ['计划停水', '突发停水'], 水质问题: [], 水压不足: [], 供水设施: ['管道漏水', '水表故障'] },
  物业管理: { 物业服务: ['电梯故障', '卫生保洁', '安保门禁'], 物业收费: [], 公共维修: ['楼道照明', '屋面漏雨'], 业主委员会: [] },
  消防安全: { 消防通道: ['通道堵塞', '占用消防车道'], 电动自行车: ['楼道停放充电', '飞线充电'], 消防设施: [] },
  民政: { 养老服务: ['居家养老', '养老驿站'], 社会救助: ['低保', '临时救助'], 残疾人服务: [], 殡葬管理: [] },
  农业农村: { 农村人居环境: [], 土地承包: [], 农村宅基地: [] },
  文化旅游: { 文化活动: [], 文物保护: [], 旅游市场: [] },
  公共安全: { 燃气安全: ['燃气泄漏', '燃气设施'], 用电安全: ['漏电', '电线老化'], 安全隐患: ['高空坠物', '树木倒伏'] },
  其他: { 政策咨询: [], 表扬感谢: [], 其他诉求: [] }
}

/** The clock every seeded row carries until a device writes it as its own. */
export const seedHlc = (now: number): string => formatHlc({ ms: now, counter: 0, deviceId: 'seed' })

/** The seeded category tree as records, parents before children, `order` counting from 1 among siblings. */
export function seedCategories(communityId: string, ids: IdFactory, now: number, tree: Tree = CATEGORY_TREE): Category[] {
  const stamp = { now, hlc: seedHlc(now) }
  const out: Category[] = []
  const add = (name: string, level: 1 | 2 | 3, order: number, parentId?: string): string => {
    const row = stampCreate<Category>({ name, level, order, parentId }, ids(), communityId, stamp)
    if (parentId === undefined) delete row.parentId
    out.push(row)
    return row.id
  }
  Object.entries(tree).forEach(([top, seconds], i) => {
    const topId = add(top, 1, i + 1)
    Object.entries(seconds).forEach(([second, thirds], j) => {
      const secondId = add(second, 2, j + 1, topId)
      thirds.forEach((third, k) => add(third, 3, k + 1, secondId))
    })
  })
  return out
}

/** '城乡建设/市容环卫/占道经营' for a category id; undefined when the id is unknown. */
export function categoryPath(categories: readonly Category[], id: string): string | undefined {
  const byId = new Map(categories.map((c) => [c.id, c]))
  const names: string[] = []
  for (let c = byId.get(id); c && names.length <= 3; c = c.parentId ? byId.get(c.parentId) : undefined) names.unshift(c.name)
  return names.length ? names.join('/') : undefined
}
