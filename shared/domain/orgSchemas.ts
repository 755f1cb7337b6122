import { z } from 'zod'
import { CATEGORY_MAX_LEVEL, INSTALL_MODES, PLACE_KINDS, UNIT_KINDS, USER_ROLES } from './org'
import type { Category, Community, Grid, Person, Place, Unit, User } from './org'
import type { NewRecord } from './record'
import { count, oneOf, optionalCount, optionalReference, optionalText, phone, reference, requiredText, textList } from './fields'

/** Shape checks with Chinese messages; rules that need stored data live in the repositories. */

type Input<T extends { id: string; communityId: string; createdAt: number; updatedAt: number; hlc: string }> = z.ZodType<Omit<NewRecord<T>, 'id'>>

export const communitySchema = z.object({
  name: requiredText('社区名称', 40),
  township: requiredText('所属街道（乡镇）', 40),
  district: requiredText('所属区', 20),
  population: count('常住人口', 12000),
  households: optionalCount('户数', 4500),
  mode: oneOf('工作模式', INSTALL_MODES).default('community')
}) satisfies Input<Community>

export const GRID_CODE = /^[A-Za-z0-9-]+$/

export const gridSchema = z.object({
  code: requiredText('网格编号', 20).regex(GRID_CODE, '网格编号只能包含字母、数字和短横线'),
  name: requiredText('网格名称', 40),
  gridWorkers: textList('网格员姓名', 20),
  households: optionalCount('网格户数', 600),
  partyBranch: optionalText('党支部', 40)
}) satisfies Input<Grid>

export const placeSchema = z.object({
  kind: oneOf('点位类型', PLACE_KINDS),
  name: requiredText('点位名称', 50),
  gridId: reference('请选择点位所属的网格'),
  address: optionalText('地址', 100)
}) satisfies Input<Place>

export const unitSchema = z.object({
  kind: oneOf('单位类型', UNIT_KINDS),
  name: requiredText('单位名称', 50),
  contact: optionalText('联系人', 20),
  phone: phone('联系电话', { service: true })
}) satisfies Input<Unit>

export const personSchema = z.object({
  name: requiredText('姓名', 20),
  phone: phone('手机号'),
  address: optionalText('住址', 100),
  gridId: optionalReference(),
  tags: textList('标签', 10)
}) satisfies Input<Person>

const levelMessage = `分类级别须为 1 到 ${CATEGORY_MAX_LEVEL} 的整数`

export const categorySchema = z.object({
  name: requiredText('分类名称', 30),
  parentId: optionalReference(),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: levelMessage }),
  code: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z.string({ error: '分类编码须为文字' }).regex(/^[A-Za-z0-9.-]+$/, '分类编码只能包含字母、数字、点和短横线').optional()
  ),
  order: count('排序号', 1, 100_000).default(0)
}) satisfies Input<Category>

export const userSchema = z.object({
  name: requiredText('姓名', 20),
  username: z
    .string({ error: '登录名不能为空' })
    .trim()
    .regex(/^[A-Za-z0-9_.-]{2,32}$/, '登录名只能包含字母、数字、下划线、点和短横线，长度 2 到 32 位'),
  roles: z.array(oneOf('角色', USER_ROLES), { error: '请至少选择一个角色' }).min(1, '请至少选择一个角色'),
  passwordHash: optionalText('密码摘要', 512),
  salt: optionalText('密码盐', 512),
  disabled: z.boolean({ error: '停用状态须为是或否' }).default(false),
  failedSignIns: z.number({ error: '登录失败次数须为数字' }).int().min(0).optional(),
  lockedUntil: z.number({ error: '锁定时间须为时间' }).int().min(0).optional(),
  personId: optionalReference()
}) satisfies Input<User>

/** What a form may pass in: numbers may still be text, optional lists may be missing. */
export type CommunityInput = z.input<typeof communitySchema>
export type GridInput = z.input<typeof gridSchema>
export type PlaceInput = z.input<typeof placeSchema>
export type UnitInput = z.input<typeof unitSchema>
export type PersonInput = z.input<typeof personSchema>
export type CategoryInput = z.input<typeof categorySchema>
export type UserInput = z.input<typeof userSchema>
