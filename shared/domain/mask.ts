/**
 * Masking of personal data for display and export (DESIGN §5, 个人信息保护法).
 * Each function takes anything a record may hold and returns '' for empty input, never throws.
 * Unrecognised text is masked generically, so a bad value never leaks in full.
 */
import { validatePhone } from './phone'

const text = (value: string | null | undefined): string => (typeof value === 'string' ? value.trim() : '')

/** What a retention purge leaves in place of a caller's name and phone; not personal, shown as it is. */
export const PURGED = '已脱敏'

/** Keep `head` and `tail` characters and star the rest; short values (< 8 chars) are starred whole. */
function maskMiddle(value: string, head: number, tail: number): string {
  const chars = Array.from(value) // code points, so rare characters outside the BMP count once
  if (chars.length < 8) return '*'.repeat(chars.length)
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + chars.slice(-tail).join('')
}

/** 010 and 02x have three digits, other area codes four. */
const areaCodeLength = (digits: string): number => (/^0(?:10|2\d)/.test(digits) ? 3 : 4)

/**
 * '13812345678' → '138****5678'; '010-65123456' → '010-6512****'; '65123456' → '6512****'.
 * Extensions are dropped; public service numbers (12345, 95598) are not personal and stay whole.
 */
export function maskPhone(phone: string | null | undefined): string {
  const raw = text(phone)
  if (raw === '' || raw === PURGED) return raw
  const result = validatePhone(raw)
  if (!result.ok) return maskMiddle(raw.replace(/\s+/g, ''), 3, 4)
  const main = result.normalized.split('-')[0]
  switch (result.kind) {
    case 'mobile':
      return `${main.slice(0, 3)}****${main.slice(-4)}`
    case 'service':
      return main
    case 'fixed': {
      const area = main.startsWith('0') ? main.slice(0, areaCodeLength(main)) : ''
      const local = main.slice(area.length)
      return `${area ? `${area}-` : ''}${local.slice(0, -4)}****`
    }
  }
}

/** '110101199003071234' → '110***********1234' (also 15-digit IDs and passport numbers). */
export function maskIdNumber(id: string | null | undefined): string {
  return maskMiddle(text(id), 3, 4)
}

/** '张三' → '张*', '欧阳娜娜' → '欧***': the first character stays, one '*' per other character. */
export function maskName(name: string | null | undefined): string {
  const value = text(name)
  if (value === PURGED) return value
  const chars = Array.from(value)
  if (chars.length === 0) return ''
  // A one-character value would be shown whole otherwise.
  if (chars.length === 1) return '*'
  return chars[0] + '*'.repeat(chars.length - 1)
}
