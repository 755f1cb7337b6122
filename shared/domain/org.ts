import type { BaseRecord } from './record'

/** 'community': one 社区/村 office; 'township': a 街乡镇 office over several communities. */
export const INSTALL_MODES = ['community', 'township'] as const
export type InstallMode = (typeof INSTALL_MODES)[number]

export interface Community extends BaseRecord {
  name: string
  /** 街道 / 乡镇 */
  township: string
  /** 区 */
  district: string
  /** 常住人口, the base of 万人诉求量 */
  population: number
  /** 户数 */
  households?: number
  mode: InstallMode
}

/** 网格 */
export interface Grid extends BaseRecord {
  /** unique within the community, e.g. WG-01 */
  code: string
  name: string
  /** names of the grid's 网格员 */
  gridWorkers: string[]
  households?: number
  /** 党支部 */
  partyBranch?: string
}

/** 点位 kinds */
export const PLACE_KINDS = ['街巷', '小区', '楼院', '公共空间'] as const
export type PlaceKind = (typeof PLACE_KINDS)[number]

export interface Place extends BaseRecord {
  kind: PlaceKind
  name: string
  gridId: string
  address?: string
}

/** 承办单位 kinds */
export const UNIT_KINDS = ['街乡', '社区', '职能部门', '公共服务企业', '物业'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export interface Unit extends BaseRecord {
  kind: UnitKind
  name: string
  /** contact person */
  contact?: string
  phone?: string
}

/** Common tags of the one registry of residents, volunteers and party members. */
export const PERSON_TAGS = ['居民', '党员', '志愿者', '楼门长', '小巷管家', '网格员', '议事代表'] as const

export interface Person extends BaseRecord {
  name: string
  phone?: string
  address?: string
  gridId?: string
  tags: string[]
}

/** Roles: 管理员, 书记/主任, 接诉即办专员, 网格员, 议事主持, 志愿者协调员 */
export const USER_ROLES = ['admin', 'leader', 'clerk', 'gridWorker', 'facilitator', 'coordinator'] as const
export type UserRole = (typeof USER_ROLES)[number]
export const USER_ROLE_LABELS: Record<UserRole, string> = {
  admin: '管理员',
  leader: '书记/主任',
  clerk: '接诉即办专员',
  gridWorker: '网格员',
  facilitator: '议事主持',
  coordinator: '志愿者协调员'
}

export interface User extends BaseRecord {
  name: string
  username: string
  roles: UserRole[]
  /** PBKDF2/Argon2id hash; absent until a password is set */
  passwordHash?: string
  salt?: string
  disabled: boolean
  /** wrong passwords in a row since the last sign-in or lockout */
  failedSignIns?: number
  /** epoch ms until which sign-in is refused after five wrong passwords */
  lockedUntil?: number
  /** the person this account belongs to, when registered */
  personId?: string
}

export const CATEGORY_MAX_LEVEL = 3

/** A node of the configurable 问题分类 tree (up to three levels). */
export interface Category extends BaseRecord {
  name: string
  /** absent on the top level */
  parentId?: string
  level: 1 | 2 | 3
  /** the 12345 platform's code, when known */
  code?: string
  /** position among siblings */
  order: number
}
