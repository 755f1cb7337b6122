/**
 * Mainland China phone numbers: normalising, validating and a salted hash for duplicate
 * matching (DESIGN §2.2, §5). Normalised form: digits only, an extension after one '-'
 * ('13812345678', '01065123456', '01012345678-123').
 */
import { hmacSha256Hex, utf8 } from '../crypto/sha256'

export type PhoneKind = 'mobile' | 'fixed' | 'service'

export type PhoneValidation =
  | { ok: true; kind: PhoneKind; normalized: string }
  | { ok: false; message: string }

const MOBILE = /^1[3-9]\d{9}$/
// 010 and 02x are the three-digit area codes, every other area code has four digits;
// local numbers never start with 0.
const FIXED_WITH_AREA = /^(?:0(?:10|2\d)[1-9]\d{7}|0[3-9]\d{2}[1-9]\d{6,7})$/
// An 8-digit local number, as Beijing callers often give it without 010 (not 1…, which reads as a mobile typo).
const FIXED_LOCAL = /^[2-9]\d{7}$/
// Public service lines: 12345, 12315, 95598, 96156, 400/800 numbers.
const SERVICE = /^(?:1\d{4}|9[56]\d{3}|[48]00\d{7})$/

const SEPARATORS = /[\s\-–—‐‑‒−().]/g
const EXTENSION_MARK = /(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i

const FORMAT_MESSAGE =
  '电话号码格式不正确：应为 11 位手机号（如 13812345678）或带区号的固定电话（如 010-65123456）'

interface ParsedPhone {
  main: string
  ext?: string
}

function stripCountryCode(text: string): string {
  const rest = text.replace(/^(?:\+\s*86|0086)[\s-]*/, '')
  if (rest === text) return /^861[3-9]\d{9}$/.test(text) ? text.slice(2) : text
  // International form drops the trunk 0 of area codes: +86 10 6512 3456 is 010-65123456.
  const digits = rest.replace(SEPARATORS, '')
  return /^[2-9]\d{8,10}$|^10\d{8}$/.test(digits) ? `0${rest}` : rest
}

function parsePhone(input: unknown): ParsedPhone {
  let text = typeof input === 'string' ? input.normalize('NFKC').trim() : ''
  text = stripCountryCode(text)
  const marked = EXTENSION_MARK.exec(text)
  const markedHead = marked ? text.slice(0, marked.index).replace(SEPARATORS, '') : ''
  // Only a fixed line has extensions; anything else keeps the marker and fails validation.
  if (marked && isFixed(markedHead)) return { main: markedHead, ext: marked[1] }
  const main = text.replace(SEPARATORS, '')
  if (isKnownNumber(main)) return { main }
  // '010-12345678-123' or '01012345678 123': the last group is an extension of a fixed line.
  const groups = text.split(/[\s\-–—‐‑‒−]+/).filter(Boolean)
  const last = groups.at(-1) ?? ''
  if (groups.length >= 2 && /^\d{1,6}$/.test(last)) {
    const head = groups.slice(0, -1).join('').replace(SEPARATORS, '')
    if (isFixed(head)) return { main: head, ext: last }
  }
  return { main }
}

const isFixed = (digits: string): boolean => FIXED_WITH_AREA.test(digits) || FIXED_LOCAL.test(digits)
const isKnownNumber = (digits: string): boolean => MOBILE.test(digits) || isFixed(digits) || SERVICE.test(digits)

/** Strips spaces, dashes, brackets, +86/0086 and full-width forms; keeps an extension after '-'. */
export function normalizePhone(input: string | null | undefined): string {
  const { main, ext } = parsePhone(input)
  return ext ? `${main}-${ext}` : main
}

/** Mobile, fixed line (with or without area code, optional extension) or public service number. */
export function validatePhone(input: string | null | undefined): PhoneValidation {
  const { main, ext } = parsePhone(input)
  const normalized = ext ? `${main}-${ext}` : main
  if (main === '') {
    return { ok: false, message: `电话号码为空：请填写 11 位手机号（如 13812345678）或带区号的固定电话（如 010-65123456）` }
  }
  if (main.includes('*')) return { ok: false, message: '电话号码已打码（含“*”），无法校验：请填写完整号码' }
  if (EXTENSION_MARK.test(main)) return { ok: false, message: FORMAT_MESSAGE }
  const stray = /[^\d+]/.exec(main)
  if (stray) {
    return { ok: false, message: `电话号码含有无法识别的字符“${stray[0]}”：只能包含数字、空格、短横线、括号和分机号` }
  }
  if (ext !== undefined) {
    return isFixed(main) ? { ok: true, kind: 'fixed', normalized } : { ok: false, message: FORMAT_MESSAGE }
  }
  if (MOBILE.test(main)) return { ok: true, kind: 'mobile', normalized }
  if (isFixed(main)) return { ok: true, kind: 'fixed', normalized }
  if (SERVICE.test(main)) return { ok: true, kind: 'service', normalized }
  if (/^1\d+$/.test(main) && main.length >= 8 && main.length !== 11) {
    return { ok: false, message: `手机号应为 11 位（如 13812345678），这里是 ${main.length} 位` }
  }
  return { ok: false, message: FORMAT_MESSAGE }
}

/**
 * HMAC-SHA256 of the normalised number keyed by a per-install salt, for matching repeat callers
 * without keeping the number readable. Normalises again so '138 1234 5678' and '13812345678' match.
 */
export function phoneHash(phone: string, salt: string): string {
  return hmacSha256Hex(utf8(salt), utf8(normalizePhone(phone)))
}
