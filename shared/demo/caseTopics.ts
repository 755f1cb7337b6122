import type { CaseType } from '../domain/case'

/**
 * What the demo community complains about: one entry per kind of complaint, with the category
 * path, the unit that usually handles it, the months it peaks, and text templates. Placeholders:
 * {place} a place name, {spot} a spot at it, {building} a building number, {n} a small number.
 */
export interface CaseTopic {
  path: string
  types: CaseType[]
  /** relative frequency over a year */
  weight: number
  /** months (1–12) the topic is frequent in; outside them it is rare, or absent when `only` */
  peak?: number[]
  only?: boolean
  unit: string
  titles: string[]
  contents: string[]
  replies: string[]
  /** may need several departments on site (吹哨报到) */
  whistle?: boolean
}

const HEATING = [11, 12, 1, 2, 3]
const SUMMER = [5, 6, 7, 8, 9]

export const CASE_TOPICS: CaseTopic[] = [
  {
    path: '城乡建设/市容环卫/占道经营', types: ['投诉', '举报'], weight: 10, unit: '安和街道综合行政执法队', whistle: true,
    titles: ['{place}{spot}占道经营，早高峰影响通行', '{place}{spot}商贩摆摊占用人行道'],
    contents: ['{place}{spot}每天早上有商贩占道摆摊卖菜卖早点，早高峰行人只能走机动车道，存在安全隐患，希望尽快治理。', '{place}{spot}有流动摊贩长期占道经营，地面油污多，晚上收摊后垃圾不清理，请相关部门处理。'],
    replies: ['经核实，{place}{spot}确有商贩占道经营。已联合综合执法队现场劝离，并安排网格员早高峰巡查，目前通行已恢复。', '已会同执法队对占道摊贩进行教育并清理现场，引导其到便民菜站规范经营，社区将持续巡查。']
  },
  {
    path: '城乡建设/市容环卫/暴露垃圾', types: ['投诉'], weight: 5, unit: '安和街道综合行政执法队',
    titles: ['{place}{spot}垃圾堆放多日无人清运', '{place}{spot}有暴露垃圾'],
    contents: ['{place}{spot}堆了一堆装修垃圾和生活垃圾，已经好几天了，天热有异味，希望尽快清运。', '{place}{spot}有人乱扔垃圾，形成暴露垃圾点，影响环境。'],
    replies: ['已协调环卫部门于当日完成清运，并在该处设置提示牌，网格员每日巡查。', '经现场核实，垃圾已清运完毕，已提醒周边住户按规定投放。']
  },
  {
    path: '城乡建设/违法建设/私搭乱建', types: ['举报'], weight: 3, unit: '安和街道综合行政执法队', whistle: true,
    titles: ['{place}有住户私搭乱建', '{place}{building}院内新建违章小房'],
    contents: ['{place}有住户最近在院内私搭乱建，占用公共通道，消防车进不来，请相关部门依法处理。', '{place}{building}一层住户在楼前空地搭建彩钢房，影响其他居民采光和通行。'],
    replies: ['经执法队现场勘查，该搭建属违法建设，已下达限期拆除通知书，当事人已自行拆除。', '已联合执法队、房管所现场核查，违建已于本周拆除，通道恢复畅通。']
  },
  {
    path: '城乡建设/市政设施/路灯不亮', types: ['求助', '投诉'], weight: 4, unit: '供电公司东城供电中心',
    titles: ['{place}路灯不亮，夜间出行不便', '{place}{spot}路灯损坏'],
    contents: ['{place}{spot}的路灯已经坏了一个多星期，晚上一片漆黑，老人出行很不安全。', '{place}有{n}盏路灯晚上不亮，希望尽快维修。'],
    replies: ['已联系路灯维护单位，故障路灯已于次日修复。', '经核实系线路老化导致，维修单位已更换线路，路灯恢复照明。']
  },
  {
    path: '城乡建设/市政设施/道路破损', types: ['投诉'], weight: 3, unit: '安和街道办事处',
    titles: ['{place}路面坑洼积水', '{place}{spot}路面破损'],
    contents: ['{place}{spot}路面有好几个大坑，下雨就积水，骑车容易摔倒。', '{place}的路面破损严重，希望尽快修补。'],
    replies: ['已报养护单位，坑槽已完成修补。', '经核实路面破损属实，已列入养护计划，临时坑槽已先行填补。']
  },
  {
    path: '城乡建设/园林绿化/树木修剪', types: ['求助'], weight: 4, peak: [4, 5, 6, 7, 8, 9], unit: '区园林绿化局',
    titles: ['{place}{building}前树枝遮挡窗户，请求修剪', '{place}树木过高影响采光'],
    contents: ['{place}{building}前的杨树长得太高，树枝伸到窗户边，遮挡采光，刮风时还碰玻璃，请求修剪。', '{place}{spot}的树枝压到电线上，担心有安全隐患。'],
    replies: ['已协调园林部门到场修剪，遮挡窗户的树枝已处理完毕。', '园林部门已现场查看并完成修剪，电线周边安全隐患已消除。']
  },
  {
    path: '城乡建设/施工管理/夜间施工', types: ['投诉'], weight: 3, peak: SUMMER, unit: '区住房和城乡建设委员会安和房管所',
    titles: ['{place}附近工地夜间施工扰民', '{place}夜间施工噪声大'],
    contents: ['{place}附近工地晚上十一点以后还在施工，噪声很大，严重影响休息。', '{place}{spot}的改造工程夜里施工，机器声音很响，孩子没法睡觉。'],
    replies: ['已联系施工单位，要求严格按规定时间施工，夜间不再进行高噪声作业。', '经核实施工单位未办理夜间施工许可，已责令停止夜间施工。']
  },
  {
    path: '交通管理/停车管理/乱停车', types: ['投诉'], weight: 7, unit: '安和派出所',
    titles: ['{place}{spot}车辆乱停堵塞通道', '{place}机动车乱停放'],
    contents: ['{place}{spot}经常有车辆乱停，把通道堵死了，急救车都进不来。', '{place}有外来车辆长期停在胡同里，居民出行困难。'],
    replies: ['已联系交警到场处理，并在该处施划禁停标线，安排物业加强巡查。', '已联系车主挪车，社区将协调设置停车管理措施。']
  },
  {
    path: '交通管理/停车管理/僵尸车', types: ['举报'], weight: 2, unit: '安和派出所',
    titles: ['{place}有僵尸车长期占用车位', '{place}{spot}废弃车辆无人处理'],
    contents: ['{place}{spot}有一辆车落满灰尘，轮胎都瘪了，停了大半年没人动，占用车位。', '{place}有两辆废弃车辆长期停放，请处理。'],
    replies: ['已联系派出所查找车主，车主已将车辆移走。', '经核查为废弃车辆，已张贴告知书，期满后由相关部门依法拖移。']
  },
  {
    path: '交通管理/公共交通/共享单车', types: ['投诉'], weight: 3, peak: [4, 5, 6, 7, 8, 9, 10], unit: '安和街道办事处',
    titles: ['{place}{spot}共享单车乱停放', '{place}共享单车堆积'],
    contents: ['{place}{spot}共享单车堆了一大片，把人行道都堵了。', '{place}门口每天早上堆满共享单车，轮椅过不去。'],
    replies: ['已通知共享单车运维企业清理调运，并在该处划定停放区。', '运维企业已完成清理，社区将每日巡查。']
  },
  {
    path: '社会秩序/宠物管理/遛狗不牵绳', types: ['投诉'], weight: 3, unit: '安和派出所',
    titles: ['{place}有人遛狗不牵绳', '{place}大型犬不拴绳'],
    contents: ['{place}经常有人遛狗不牵绳，狗追着孩子跑，很危险。', '{place}{spot}有居民遛大型犬不拴绳，老人很害怕。'],
    replies: ['已联合派出所对养犬人进行教育，并在小区张贴文明养犬宣传。', '已找到犬主进行劝导，犬主承诺遛狗时牵绳。']
  },
  {
    path: '社会秩序/邻里纠纷', types: ['求助'], weight: 3, unit: '银杏里社区居民委员会',
    titles: ['{place}{building}楼上漏水与邻居协商不成', '{place}邻里因堆物产生纠纷'],
    contents: ['我家在{place}{building}，楼上卫生间漏水到我家屋顶，找了几次邻居都不给修，请社区帮忙协调。', '{place}邻居在楼道堆放杂物，多次沟通无果，请社区调解。'],
    replies: ['社区调解员已组织双方协商，楼上住户同意维修防水层，已达成调解协议。', '社区已上门调解，邻居已清理楼道堆物，双方表示满意。']
  },
  {
    path: '环境保护/噪声污染/社会生活噪声', types: ['投诉'], weight: 4, peak: SUMMER, unit: '银杏里社区居民委员会',
    titles: ['{place}广场舞音响声音过大', '{place}晚上有人唱歌扰民'],
    contents: ['{place}每天晚上七点到九点半跳广场舞，音响开得很大，家里关窗都能听见。', '{place}{spot}晚上经常有人聚集唱歌喝酒到半夜，影响休息。'],
    replies: ['已与广场舞队负责人沟通，约定降低音量并在晚九点前结束。', '已联系派出所和物业加强夜间巡查，对扰民人员进行劝导。']
  },
  {
    path: '环境保护/噪声污染/商业噪声', types: ['投诉'], weight: 2, unit: '区市场监督管理局安和市场监管所',
    titles: ['{place}{spot}商铺外放音乐扰民', '{place}底商喇叭叫卖扰民'],
    contents: ['{place}{spot}新开的店铺门口放大喇叭循环叫卖，从早到晚，非常吵。', '{place}底商外放音乐声音太大，影响楼上居民。'],
    replies: ['已联系市场监管所对商户进行约谈，商户已撤除外放音箱。', '已对商户进行劝导，商户承诺不再使用喇叭叫卖。']
  },
  {
    path: '环境保护/大气污染/餐饮油烟', types: ['投诉'], weight: 3, unit: '安和街道综合行政执法队',
    titles: ['{place}底商餐馆油烟直排', '{place}{spot}饭馆油烟扰民'],
    contents: ['{place}楼下餐馆没有装油烟净化器，油烟直接排到楼上，窗户都不敢开。', '{place}{spot}的饭馆排烟管道对着居民窗户，油烟很大。'],
    replies: ['执法队已检查该餐馆，责令其安装油烟净化设施并定期清洗，已整改完毕。', '已要求餐馆调整排烟口方向并加装净化设备。']
  },
  {
    path: '环境保护/大气污染/露天烧烤', types: ['举报'], weight: 2, peak: [6, 7, 8, 9], only: true, unit: '安和街道综合行政执法队', whistle: true,
    titles: ['{place}{spot}夜间露天烧烤', '{place}路边烧烤烟雾大'],
    contents: ['{place}{spot}每天晚上有人摆摊露天烧烤，烟雾很大，还占道。', '{place}夜里烧烤摊营业到凌晨，烟熏火燎，吵闹不堪。'],
    replies: ['执法队已对露天烧烤进行查处，并安排夜间巡查防止反弹。', '已联合执法队、派出所开展夜间整治，烧烤摊已取缔。']
  },
  {
    path: '环境保护/垃圾分类/清运不及时', types: ['投诉'], weight: 3, unit: '安和物业服务有限公司',
    titles: ['{place}垃圾桶满溢清运不及时', '{place}{spot}垃圾站没人清理'],
    contents: ['{place}{spot}的垃圾桶天天满出来，清运车两三天才来一次，臭味很大。', '{place}垃圾分类驿站的厨余垃圾桶没人清理，招苍蝇。'],
    replies: ['已协调物业增加清运频次为每日两次，并增设垃圾桶。', '物业已完成清理消杀，并调整清运时间。']
  },
  {
    path: '供暖/居民供暖/暖气不热', types: ['求助', '投诉'], weight: 9, peak: HEATING, only: true, unit: '热力集团东城供热服务中心',
    titles: ['{place}{building}暖气不热', '{place}暖气温度低'],
    contents: ['我家住{place}{building}，暖气摸着只有温的，屋里只有十五六度，家里有老人，请尽快解决。', '{place}{building}整个单元暖气都不热，已经找过物业没解决。'],
    replies: ['热力公司已上门排气并调节阀门，室温已恢复至18℃以上。', '经检查为管道堵塞，已完成清洗，暖气恢复正常。']
  },
  {
    path: '供暖/居民供暖/室温不达标', types: ['投诉'], weight: 5, peak: HEATING, only: true, unit: '热力集团东城供热服务中心',
    titles: ['{place}{building}室温不达标', '{place}供暖温度不够'],
    contents: ['{place}{building}室温测了只有16度，达不到标准，请热力公司处理。', '{place}顶层住户反映室温不达标，晚上很冷。'],
    replies: ['热力公司已入户测温并调整供热参数，复测室温达标。', '已协调热力公司提高供水温度，室温已达到18℃。']
  },
  {
    path: '供暖/居民供暖/跑冒滴漏', types: ['求助'], weight: 2, peak: HEATING, only: true, unit: '热力集团东城供热服务中心',
    titles: ['{place}{building}暖气管道漏水', '{place}楼道暖气跑水'],
    contents: ['{place}{building}楼道里暖气管道漏水，地上都是水，请尽快维修。', '{place}家里暖气阀门滴水不止。'],
    replies: ['热力维修人员已到场更换阀门，漏水已处理。', '已完成管道维修，并清理楼道积水。']
  },
  {
    path: '供水/停水/突发停水', types: ['求助'], weight: 3, unit: '自来水集团东城营业所',
    titles: ['{place}{building}突发停水', '{place}停水没有通知'],
    contents: ['{place}{building}从早上开始停水，没有任何通知，家里没法做饭。', '{place}突然停水好几个小时，请问什么时候恢复。'],
    replies: ['经了解系管线抢修导致临时停水，已于当日恢复供水，并提醒物业今后提前通知。', '自来水公司已完成抢修，供水恢复正常。']
  },
  {
    path: '供水/水压不足', types: ['求助'], weight: 2, unit: '自来水集团东城营业所',
    titles: ['{place}{building}高层水压不足', '{place}水压太小'],
    contents: ['{place}{building}六层以上水压不够，热水器打不着火。', '{place}早晚用水高峰水压很小，洗澡都困难。'],
    replies: ['已协调自来水公司检修加压泵，高层水压已恢复。', '经检测系二次供水设备故障，已完成维修。']
  },
  {
    path: '物业管理/物业服务/电梯故障', types: ['投诉', '求助'], weight: 4, unit: '银杏家园物业管理处',
    titles: ['{place}{building}电梯经常停运', '{place}{building}电梯故障'],
    contents: ['{place}{building}电梯这个月坏了三次，家里老人上下楼很困难，物业说在等配件。', '{place}{building}电梯运行时有异响，担心安全。'],
    replies: ['已督促物业联系维保单位更换配件，电梯已恢复运行，并进行了安全检测。', '维保单位已完成检修，电梯运行正常。']
  },
  {
    path: '物业管理/物业服务/卫生保洁', types: ['投诉'], weight: 2, unit: '安和物业服务有限公司',
    titles: ['{place}楼道卫生无人打扫', '{place}{building}楼道脏乱'],
    contents: ['{place}{building}楼道好久没人打扫了，到处是灰和小广告。', '{place}物业保洁不到位，楼道有垃圾。'],
    replies: ['已督促物业落实保洁责任，楼道已清扫干净。', '物业已调整保洁排班，每日清扫楼道。']
  },
  {
    path: '物业管理/公共维修/楼道照明', types: ['求助'], weight: 3, unit: '安和物业服务有限公司',
    titles: ['{place}{building}楼道灯坏了', '{place}{building}楼道照明不亮'],
    contents: ['{place}{building}{n}单元楼道灯坏了好几天，晚上上楼看不见。', '{place}{building}楼道声控灯都不亮了。'],
    replies: ['物业已更换楼道灯具，照明恢复。', '已维修楼道线路，声控灯恢复正常。']
  },
  {
    path: '物业管理/公共维修/屋面漏雨', types: ['求助'], weight: 2, peak: [6, 7, 8], unit: '区住房和城乡建设委员会安和房管所',
    titles: ['{place}{building}顶层屋面漏雨', '{place}{building}下雨屋顶渗水'],
    contents: ['{place}{building}顶层，一下雨屋顶就漏水，墙皮都泡掉了。', '{place}{building}屋面防水老化，下雨渗水严重。'],
    replies: ['房管所已安排对屋面进行防水维修，已完工。', '已临时封堵漏点，屋面整体防水纳入维修计划。']
  },
  {
    path: '消防安全/电动自行车/飞线充电', types: ['举报'], weight: 3, unit: '银杏里社区居民委员会', whistle: true,
    titles: ['{place}有居民飞线给电动车充电', '{place}{building}楼道电动车充电'],
    contents: ['{place}{building}有住户从窗户拉电线下来给电动车充电，存在火灾隐患。', '{place}有人把电动车推进楼道充电，很危险。'],
    replies: ['社区已联合物业拆除飞线，并引导居民到集中充电桩充电。', '已对住户进行消防安全教育，楼道电动车已清出。']
  },
  {
    path: '消防安全/消防通道/占用消防车道', types: ['举报'], weight: 2, unit: '安和派出所', whistle: true,
    titles: ['{place}消防通道被车辆占用', '{place}{spot}消防车道被堵'],
    contents: ['{place}消防车道常年停满车，万一着火消防车进不来。', '{place}{spot}的消防通道被杂物和车辆堵死。'],
    replies: ['已联合派出所、物业清理消防通道，并施划禁停标识。', '已组织清理占用消防通道的杂物和车辆，物业加强管理。']
  },
  {
    path: '住房/房屋租赁/群租房', types: ['举报'], weight: 2, unit: '区住房和城乡建设委员会安和房管所', whistle: true,
    titles: ['{place}{building}疑似群租房', '{place}有群租现象'],
    contents: ['{place}{building}有一户隔成好几个小间出租，住了十几个人，进出人员复杂。', '{place}有中介把房子改成群租，楼道很乱。'],
    replies: ['已联合房管所、派出所现场检查，群租隔断已拆除，租住人员已疏解。', '经核查确为群租，已责令房东整改并恢复原状。']
  },
  {
    path: '住房/老旧小区改造/加装电梯', types: ['咨询', '建议'], weight: 2, unit: '银杏里社区居民委员会',
    titles: ['咨询{place}加装电梯政策', '建议{place}{building}加装电梯'],
    contents: ['想了解{place}加装电梯需要什么条件，补贴怎么申请。', '{place}{building}老人多，建议加装电梯，希望社区牵头征求意见。'],
    replies: ['已向来电人详细解答加装电梯政策和申请流程，并告知可到社区领取意见征集表。', '社区已将建议纳入议事协商议题，将组织楼门居民协商。']
  },
  {
    path: '民政/养老服务/养老驿站', types: ['咨询'], weight: 2, unit: '银杏里社区居民委员会',
    titles: ['咨询社区养老驿站助餐服务', '咨询养老驿站服务时间'],
    contents: ['家里有80岁老人，想问社区养老驿站能不能送餐，怎么收费。', '请问社区养老驿站有哪些服务，周末开门吗。'],
    replies: ['已电话答复养老驿站助餐服务内容、收费标准及订餐方式。', '已告知驿站服务时间和服务项目，来电人表示清楚。']
  },
  {
    path: '教育/入学入托/义务教育入学', types: ['咨询'], weight: 2, peak: [4, 5, 6, 7], only: true, unit: '银杏里社区居民委员会',
    titles: ['咨询孩子入学材料', '咨询小学入学登记时间'],
    contents: ['孩子今年该上小学了，想问入学需要准备哪些材料，户口在本社区。', '请问今年小学入学信息采集什么时候开始。'],
    replies: ['已答复入学登记时间、所需材料及办理渠道。', '已告知区教委入学政策和信息采集时间。']
  },
  {
    path: '公共安全/燃气安全/燃气泄漏', types: ['求助'], weight: 1, unit: '燃气集团东城分公司',
    titles: ['{place}{building}楼道有煤气味', '{place}疑似燃气泄漏'],
    contents: ['{place}{building}楼道里有很大的煤气味，担心漏气，请马上派人来查。', '{place}闻到燃气味，不知道是哪家漏气。'],
    replies: ['燃气公司抢修人员已到场检测，系一户燃气软管老化，已更换，隐患已排除。', '已协调燃气公司到场检查，未发现泄漏，已对住户进行安全提示。']
  },
  {
    path: '市场管理/消费维权/预付卡退费', types: ['投诉'], weight: 2, unit: '区市场监督管理局安和市场监管所',
    titles: ['{place}附近健身房关门预付卡无法退费', '{place}理发店预付卡退费难'],
    contents: ['{place}附近的健身房突然关门，办的年卡还剩大半年，联系不上老板。', '{place}一家理发店办卡后不给退费。'],
    replies: ['已转市场监管所处理，已组织商家与消费者调解，商家同意分期退款。', '市场监管所已约谈经营者，达成退费协议。']
  },
  {
    path: '公共服务/公共设施/健身器材', types: ['求助'], weight: 2, unit: '银杏里社区居民委员会',
    titles: ['{place}健身器材损坏', '{place}健身器材有安全隐患'],
    contents: ['{place}的健身器材坏了好几件，有的螺丝松动，怕伤到人。', '{place}单杠生锈松动，请尽快维修。'],
    replies: ['已联系维护单位更换损坏器材。', '已对器材进行维修加固，并张贴使用提示。']
  },
  {
    path: '其他/表扬感谢', types: ['表扬'], weight: 1, unit: '银杏里社区居民委员会',
    titles: ['表扬社区工作人员热心服务', '感谢网格员帮助解决问题'],
    contents: ['社区工作人员帮我家老人办理了养老助残卡，非常耐心，特此表扬。', '网格员连续几天帮忙协调楼上漏水的事，问题解决了，非常感谢。'],
    replies: ['感谢来电人对社区工作的肯定，已向工作人员转达。', '已转达表扬，社区将继续做好服务。']
  }
]

export const SPOTS = ['东门', '西门', '南门口', '北侧', '门口', '路口', '西侧', '院内', '停车场', '便道'] as const

/** A topic's weight in a month: peaks ×2.5, off-season ×0.4, or absent for season-only topics. */
export function topicWeight(topic: CaseTopic, month: number): number {
  if (!topic.peak) return topic.weight
  if (topic.peak.includes(month)) return topic.weight * 2.5
  return topic.only ? 0 : topic.weight * 0.4
}

/** Fills a template's placeholders. */
export function fillTemplate(template: string, values: { place: string; spot: string; building: string; n: number }): string {
  return template
    .replaceAll('{place}', values.place)
    .replaceAll('{spot}', values.spot)
    .replaceAll('{building}', values.building)
    .replaceAll('{n}', String(values.n))
}
