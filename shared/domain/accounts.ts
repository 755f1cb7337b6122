import type { User } from './org'

/** Sign-in rules (DESIGN §5): five wrong passwords in a row lock the account for fifteen minutes. */
export const LOCKOUT_ATTEMPTS = 5
export const LOCKOUT_MS = 15 * 60_000

type Counters = Pick<User, 'failedSignIns' | 'lockedUntil'>

/** Minutes left on a lock (rounded up), or 0 when the account may sign in at `now`. */
export function lockMinutesLeft(user: Counters, now: number): number {
  const until = user.lockedUntil ?? 0
  return until > now ? Math.ceil((until - now) / 60_000) : 0
}

/** The counters after one more wrong password; the fifth in a row locks and starts the count again. */
export function afterWrongPassword(user: Counters, now: number): { failedSignIns: number; lockedUntil: number; locked: boolean; left: number } {
  const failed = (user.failedSignIns ?? 0) + 1
  if (failed >= LOCKOUT_ATTEMPTS) return { failedSignIns: 0, lockedUntil: now + LOCKOUT_MS, locked: true, left: 0 }
  return { failedSignIns: failed, lockedUntil: user.lockedUntil ?? 0, locked: false, left: LOCKOUT_ATTEMPTS - failed }
}

/** The counters after a correct password. */
export const afterSignIn = (): Required<Counters> => ({ failedSignIns: 0, lockedUntil: 0 })

/** Shown for an unknown login name and a wrong password alike, so the form does not tell which names exist. */
export const WRONG_CREDENTIALS = '登录名或密码不正确，请检查后重试（注意大小写）'

export const lockedMessage = (minutes: number): string => `密码连续输错 ${LOCKOUT_ATTEMPTS} 次，账号已锁定，请 ${minutes} 分钟后再试，或请管理员重置密码`
