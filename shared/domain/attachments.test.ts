import { describe, expect, it } from 'vitest'
import { ValidationError } from './errors'
import { MAX_ATTACHMENT_BYTES, sniffImage, validatePhoto } from './attachments'

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])

describe('photos', () => {
  it('knows an image by its bytes, not by its name', () => {
    expect(sniffImage(png)).toBe('image/png')
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(sniffImage(new TextEncoder().encode('%PDF-1.7'))).toBeUndefined()
    expect(validatePhoto({ name: 'a.txt', mime: 'text/plain', bytes: png }).mime).toBe('image/png')
  })

  it('refuses a file that is not an image, naming it', () => {
    expect(() => validatePhoto({ name: '报告.pdf', mime: 'image/jpeg', bytes: new TextEncoder().encode('%PDF-1.7') })).toThrow(/“报告.pdf”不是图片文件/)
  })

  it('refuses a photo over 10 MB with its size', () => {
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1)
    big.set(png)
    try {
      validatePhoto({ name: '现场.png', mime: 'image/png', bytes: big }, 'findings.0.photo')
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(ValidationError)
      expect((err as ValidationError).issues[0]).toEqual({ field: 'findings.0.photo', message: '照片“现场.png”有 10.0 MB，超过 10 MB 上限，请压缩后再上传' })
    }
  })
})
