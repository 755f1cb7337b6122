import { fieldError } from './errors'

/** Photos attached to evidence, findings and records (DESIGN §2.7, §2.8). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
export const IMAGE_MIMES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/bmp'] as const

export interface AttachmentInput {
  name: string
  mime: string
  bytes: Uint8Array
}

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b)

/** The image type its first bytes say it is, whatever its name or declared type claims. */
export function sniffImage(bytes: Uint8Array): (typeof IMAGE_MIMES)[number] | undefined {
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return 'image/gif'
  if (startsWith(bytes, 0x42, 0x4d)) return 'image/bmp'
  if (startsWith(bytes, 0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp'
  return undefined
}

/**
 * A photo must be an image by its content and at most 10 MB; the refusal names the file and says what to do.
 * Returns the input with its mime taken from the content.
 */
export function validatePhoto(input: AttachmentInput, field = 'photo'): AttachmentInput {
  if (input.bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    const mb = (input.bytes.byteLength / 1024 / 1024).toFixed(1)
    throw fieldError(field, `照片“${input.name}”有 ${mb} MB，超过 10 MB 上限，请压缩后再上传`)
  }
  const mime = sniffImage(input.bytes)
  if (!mime) throw fieldError(field, `“${input.name}”不是图片文件，请选择 JPG、PNG、WEBP、GIF 或 BMP 照片`)
  return { ...input, mime }
}
