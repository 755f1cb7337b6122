import type { MeetingType } from '../domain/meetings'

/**
 * What the demo community brings to its 议事 meetings: each topic with the points residents raised, the
 * outcome, the resolution and its follow-up actions. `{place}` is the meeting's place. A topic with
 * `casePath` may come from a demo case of that category (its path ends so).
 */
export interface DemoMeetingTopic {
  title: string
  content: string
  types: MeetingType[]
  casePath?: string
  /** micro-proposals: the budget range in yuan */
  budget?: [number, number]
  points: string
  outcome: string
  resolution: string
  /** action text and owner (a unit name, or a role filled with a person) */
  actions: [string, string][]
  /** the vote fails now and then: the topic is contested */
  contested?: boolean
}

export const DEMO_MEETING_TOPICS: DemoMeetingTopic[] = [
  {
    title: '{place}增设非机动车棚', types: ['小院议事厅', '微提案评审会'], budget: [18000, 36000],
    content: '院内电动自行车无处停放，楼道里停车充电隐患大，建议在空地增设带充电口的非机动车棚。',
    points: '多数居民支持建车棚；一楼住户担心遮挡采光，建议选在院子东侧；有人提出充电须计量收费。',
    outcome: '同意在院子东侧增设车棚，充电桩按次计费，费用由使用人承担。',
    resolution: '在{place}东侧增设非机动车棚并配套智能充电桩',
    actions: [['完成车棚选址测量和报价', '安和物业服务有限公司'], ['车棚施工及充电桩安装', '安和物业服务有限公司'], ['张贴使用须知并组织楼门长宣传', '楼门长']]
  },
  {
    title: '{place}乱停车治理', types: ['小院议事厅', '居民恳谈会'], casePath: '乱停车',
    content: '院门口和消防通道长期有车辆乱停，早晚高峰进出困难，居民多次反映。',
    points: '居民普遍赞成划线停车；外来车辆占位问题突出；有人担心车位不够引发矛盾。',
    outcome: '划设停车位并实行居民车辆登记，外来车辆限时停放。',
    resolution: '{place}施划停车位、实行车辆登记管理',
    actions: [['施划停车位和禁停标线', '安和街道办事处'], ['居民车辆登记发证', '银杏里社区居民委员会'], ['联系派出所加强夜间巡查', '安和派出所']],
    contested: true
  },
  {
    title: '{place}楼道堆物清理', types: ['小院议事厅'], casePath: '占用消防车道',
    content: '楼道内堆放旧家具、纸箱，影响通行且有火灾隐患。',
    points: '居民同意集中清理，但希望给一周时间自行处理；个别老人需要帮忙搬运。',
    outcome: '一周内自行清理，逾期由物业统一清运，志愿者帮助行动不便的老人。',
    resolution: '开展{place}楼道堆物集中清理',
    actions: [['发放清理通知并登记需要帮助的住户', '楼门长'], ['统一清运逾期未清的堆物', '安和物业服务有限公司']]
  },
  {
    title: '{place}垃圾桶站点调整', types: ['小院议事厅', '居民恳谈会'], casePath: '清运不及时',
    content: '垃圾桶站离住户窗户太近，夏天异味大，清运时间也不固定。',
    points: '靠近桶站的住户要求挪位；其他住户担心挪远后投放不便；要求固定清运时间。',
    outcome: '桶站后移 15 米，早晚各清运一次并公示时间。',
    resolution: '{place}垃圾桶站后移并固定清运时间',
    actions: [['桶站移位及地面硬化', '安和物业服务有限公司'], ['公示清运时间并安排桶前值守', '银杏里社区居民委员会']]
  },
  {
    title: '{place}树木修剪', types: ['小院议事厅'], casePath: '树木修剪',
    content: '院内大树枝叶遮挡低层住户采光，雨天树枝刮碰电线。',
    points: '低层住户强烈要求修剪；部分居民希望保留树荫，只修剪靠楼一侧。',
    outcome: '只修剪靠楼和靠电线一侧的枝条，由园林部门专业修剪。',
    resolution: '协调园林部门对{place}树木进行专业修剪',
    actions: [['报园林部门申请修剪', '银杏里社区居民委员会'], ['现场修剪并清运枝叶', '区园林绿化局']]
  },
  {
    title: '{place}夜间噪声扰民', types: ['居民恳谈会', '小院议事厅'], casePath: '社会生活噪声',
    content: '夏季晚间广场舞和户外聚会持续到深夜，影响老人和学生休息。',
    points: '跳舞的居民希望保留活动场地；周边住户要求控制时间和音量；建议使用蓝牙耳机。',
    outcome: '广场活动 21:00 前结束，音量控制在约定范围，由文体队自我管理。',
    resolution: '制定{place}文体活动公约，规定时段和音量',
    actions: [['起草并张贴文体活动公约', '银杏里社区居民委员会'], ['文体队长签署公约并自查', '居民代表']]
  },
  {
    title: '{place}电动车飞线充电整治', types: ['小院议事厅', '居民代表会议'], casePath: '飞线充电',
    content: '有住户从楼上拉线给电动车充电，存在严重消防隐患。',
    points: '大家一致认为必须整治；需要先解决充电去处；建议设集中充电点。',
    outcome: '限期拆除飞线，同时在院内设置集中充电点。',
    resolution: '拆除{place}飞线并设置集中充电点',
    actions: [['入户告知并限期拆除飞线', '银杏里社区居民委员会'], ['协调供电部门安装集中充电设施', '供电公司东城供电中心']]
  },
  {
    title: '{place}加装电梯意见征集', types: ['居民恳谈会', '居民代表会议'], casePath: '加装电梯',
    content: '楼内老人多，上下楼困难，希望加装电梯，但费用分摊和低层意见分歧较大。',
    points: '高层住户积极；一二层住户担心采光和噪声；费用分摊按楼层系数计算的方案获多数认可。',
    outcome: '按楼层系数分摊费用，先开展可行性评估和意见公示。',
    resolution: '启动{place}加装电梯可行性评估并公示分摊方案',
    actions: [['委托设计单位开展可行性评估', '区住房和城乡建设委员会安和房管所'], ['公示费用分摊方案并征集书面意见', '银杏里社区居民委员会']],
    contested: true
  },
  {
    title: '{place}增设休闲座椅', types: ['微提案评审会', '小院议事厅'], budget: [3000, 8000],
    content: '老人散步没有地方歇脚，建议沿步道增设几组休闲座椅。',
    points: '居民普遍赞成；建议选防腐木材质，避开垃圾桶站；由居民志愿者认领维护。',
    outcome: '沿步道增设 4 组座椅，志愿者认领日常维护。',
    resolution: '在{place}步道增设 4 组休闲座椅',
    actions: [['采购并安装座椅', '银杏里社区居民委员会'], ['组织志愿者认领维护', '志愿者']]
  },
  {
    title: '{place}楼道照明改造', types: ['微提案评审会', '小院议事厅'], casePath: '楼道照明', budget: [5000, 12000],
    content: '楼道灯经常不亮，老人晚上上下楼容易摔倒，建议统一换成声控节能灯。',
    points: '居民一致同意；希望物业建立报修后 48 小时修复的承诺。',
    outcome: '全部更换为声光控 LED 灯，物业承诺 48 小时内修复。',
    resolution: '{place}楼道照明统一改造为声光控节能灯',
    actions: [['采购灯具并逐楼更换', '安和物业服务有限公司'], ['公示报修电话和修复时限', '安和物业服务有限公司']]
  },
  {
    title: '{place}口袋公园微更新', types: ['微提案评审会', '居民恳谈会'], budget: [20000, 50000],
    content: '院内闲置空地杂草丛生，建议改造成有花池和儿童游戏区的口袋公园。',
    points: '有孩子的家庭积极支持；老人希望保留晾晒区；建议分区设计。',
    outcome: '分区改造：花池、儿童游戏区和晾晒区各占一部分，设计方案再次公示。',
    resolution: '实施{place}闲置空地微更新改造',
    actions: [['征集设计方案并公示', '银杏里社区居民委员会'], ['组织施工并验收', '安和街道办事处'], ['招募绿植认养志愿者', '志愿者']]
  },
  {
    title: '{place}占道经营整治', types: ['居民恳谈会', '居民代表会议'], casePath: '占道经营',
    content: '门口早市摊贩占道经营，早高峰通行困难，地面油污多。',
    points: '居民既希望整治占道，也希望保留买菜便利；建议引导摊贩进入便民菜站。',
    outcome: '引导摊贩入站经营，门口设置禁摆区并定时巡查。',
    resolution: '引导{place}周边摊贩入便民菜站经营',
    actions: [['协调便民菜站摊位', '安和街道办事处'], ['早高峰巡查劝导', '安和街道综合行政执法队']]
  },
  {
    title: '{place}养犬文明公约', types: ['小院议事厅', '居民恳谈会'], casePath: '遛狗不牵绳',
    content: '院内有人遛狗不牵绳、不清理粪便，孩子和老人害怕。',
    points: '养犬居民表示愿意配合；大家建议设置宠物便便箱并制定公约。',
    outcome: '制定养犬文明公约，设置两处便便箱，志愿者劝导。',
    resolution: '制定并推行{place}养犬文明公约',
    actions: [['起草公约并组织养犬户签署', '银杏里社区居民委员会'], ['安装宠物便便箱', '安和物业服务有限公司']]
  },
  {
    title: '{place}屋面防水维修', types: ['居民代表会议', '小院议事厅'], casePath: '屋面漏雨',
    content: '顶层多户雨季漏雨，墙皮脱落，要求统一维修屋面防水。',
    points: '顶层住户要求尽快维修；维修资金使用须经业主表决；建议雨季前完成。',
    outcome: '申请使用专项维修资金，雨季前完成屋面防水。',
    resolution: '申请专项维修资金对{place}屋面进行防水维修',
    actions: [['办理维修资金使用申请', '区住房和城乡建设委员会安和房管所'], ['组织施工并请居民代表参与验收', '居民代表']]
  },
  {
    title: '{place}健身器材更新', types: ['微提案评审会', '小院议事厅'], casePath: '健身器材', budget: [8000, 20000],
    content: '健身器材老化松动，存在安全隐患，希望更换并增加适合老人的器材。',
    points: '居民同意更换；建议增加适老化器材，地面铺设防滑垫。',
    outcome: '拆除损坏器材，新增 6 件适老化器材并铺设防滑地垫。',
    resolution: '更新{place}健身器材并做适老化改造',
    actions: [['申报体育器材配送', '银杏里社区居民委员会'], ['拆旧装新并铺设地垫', '安和街道办事处']]
  },
  {
    title: '{place}共享单车停放秩序', types: ['居民恳谈会'], casePath: '共享单车',
    content: '共享单车堆在院门口和公交站，挡路又难看。',
    points: '居民希望划定停放区；建议联系企业定时调运。',
    outcome: '划定电子围栏停放区，企业早晚高峰各调运一次。',
    resolution: '在{place}周边划定共享单车停放区',
    actions: [['协调企业设置电子围栏', '安和街道办事处'], ['志愿者高峰时段引导停放', '志愿者']]
  },
  {
    title: '{place}餐饮油烟扰民', types: ['居民恳谈会', '居民代表会议'], casePath: '餐饮油烟',
    content: '临街饭馆油烟直排，楼上住户不敢开窗。',
    points: '商户表示愿意整改但需要时间；居民要求限期安装净化设备。',
    outcome: '商户一个月内安装油烟净化器，市场监管所跟踪检查。',
    resolution: '督促{place}临街餐饮商户安装油烟净化设备',
    actions: [['与商户签订整改承诺书', '银杏里社区居民委员会'], ['复查油烟净化设施', '区市场监督管理局安和市场监管所']],
    contested: true
  },
  {
    title: '{place}适老化扶手加装', types: ['微提案评审会', '小院议事厅'], budget: [6000, 15000],
    content: '楼门台阶没有扶手，雨雪天老人出入不便，建议加装不锈钢扶手。',
    points: '居民一致支持；建议同时在台阶边缘贴防滑条。',
    outcome: '各楼门台阶加装扶手并贴防滑条。',
    resolution: '为{place}各楼门加装扶手和防滑条',
    actions: [['测量并加装扶手', '安和物业服务有限公司']]
  }
]

/** Topics screened out, with the reason the proposer was told. */
export const DEMO_REJECTED: [string, string][] = [
  ['在小区内开设收费停车场', '小区道路属公共区域，设收费停车场须经业主大会决定，建议先通过业委会征求意见。'],
  ['拆除院内全部绿化改作车位', '绿地属规划绿化用地，不能改作车位，可在现有道路上优化划线。'],
  ['为个人车位安装地锁', '公共区域不能安装私人地锁，社区将通过车辆登记统筹停车。'],
  ['社区出资为每户更换防盗门', '属个人房屋设施，不在社区公共资金使用范围内。'],
  ['把社区活动中心改为棋牌室', '活动中心须兼顾各年龄段活动，可在每周固定时段安排棋牌活动。'],
  ['要求物业免除全年物业费', '物业费按合同约定收取，服务质量问题可通过物业服务评议反映。'],
  ['在胡同口设置机动车闸机', '胡同属市政道路，设闸须交通部门审批，已将意见转交街道。'],
  ['在楼顶加建阳光房', '属违法建设，不能立项；社区可协助了解合规的屋面利用方式。'],
  ['将小广场交由商户经营夜市', '广场为公益性公共空间，不宜商业经营，夜间活动可由文体队组织。']
]

/** Topics still waiting to be screened. */
export const DEMO_WAITING: [string, string][] = [
  ['增设社区快递柜', '快递总放在门卫室，取件不便，建议在活动中心旁增设智能快递柜。'],
  ['楼门口加装雨棚', '下雨天进出楼门淋雨，地面湿滑，建议加装雨棚。'],
  ['组建老年助餐志愿队', '独居老人吃饭难，建议组织志愿者每周送餐上门。']
]

/** Topics accepted and waiting for a meeting. */
export const DEMO_ACCEPTED: [string, string][] = [
  ['楼间绿地增设晾衣架', '天气好时居民在树上拉绳晾晒，既不美观也易损伤树木，建议增设统一晾衣架。'],
  ['小区门禁系统升级', '现有门禁经常失灵，外来人员随意进出，建议升级为人脸识别门禁。']
]
