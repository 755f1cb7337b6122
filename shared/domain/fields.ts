import { z } from 'zod'

/** Field builders with the Chinese messages a clerk sees next to the input. */

const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v === null ? undefined : v)

// Forms hand numbers over as text; '12000' is accepted, '一万' is refused with a message.
const numericText = (v: unknown): unknown => (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v.trim())) ? Number(v.trim()) : v)

export function requiredText(label: string, max = 50) {
  const empty = `${label}不能为空`
  return z.string({ error: empty }).trim().min(1, empty).max(max, `${label}不能超过 ${max} 个字`)
}

export function optionalText(label: string, max = 100) {
  return z.preprocess(blankToUndefined, z.string({ error: `${label}须为文字` }).trim().max(max, `${label}不能超过 ${max} 个字`).optional())
}

/** A whole number ≥ 0, e.g. population; `example` shows the expected form. */
export function count(label: string, example: number, max = 10_000_000) {
  const message = `${label}须为不小于 0 的整数，例如 ${example}`
  return z.preprocess(numericText, z.number({ error: message }).int(message).min(0, message).max(max, `${label}不能超过 ${max}，请核对`))
}

export function optionalCount(label: string, example: number, max = 10_000_000) {
  return z.preprocess(blankToUndefined, count(label, example, max).optional())
}

export function oneOf<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `${label}须为 ${values.join('、')} 之一` })
}

export function textList(label: string, max = 30) {
  return z.array(requiredText(label, max), { error: `${label}须为列表` }).default([])
}

const MOBILE = /^1[3-9]\d{9}$/
const LANDLINE = /^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$/
// Service numbers like 12345 or 96069 only make sense for units.
const SERVICE = /^\d{3,6}$/

export function phone(label: string, { service = false } = {}) {
  const message = `${label}格式不对，请填写 11 位手机号（如 13812345678）或座机号（如 010-64012345）`
  return z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/[\s()（）]/g, '') : v),
    z.preprocess(
      blankToUndefined,
      z
        .string({ error: message })
        .refine((s) => MOBILE.test(s) || LANDLINE.test(s) || (service && SERVICE.test(s)), message)
        .optional()
    )
  )
}

/** Id of a related record picked from a list. */
export function reference(message: string) {
  return z.string({ error: message }).trim().min(1, message)
}

export function optionalReference() {
  return z.preprocess(blankToUndefined, z.string().optional())
}
