import { describe, expect, it } from 'vitest'
import { readPhotos } from './photoFiles'

const file = (name: string, bytes: number[] | Uint8Array, type = 'image/png') => ({ name, type, arrayBuffer: async () => new Uint8Array(bytes).buffer })
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]

describe('readPhotos', () => {
  it('keeps images, typed by their content', async () => {
    const [photo] = await readPhotos([file('现场.png', PNG, 'application/octet-stream')])
    expect(photo).toMatchObject({ name: '现场.png', mime: 'image/png' })
  })

  it('refuses a file that is not an image, naming it', async () => {
    await expect(readPhotos([file('现场.png', PNG), file('说明.txt', [0x61, 0x62, 0x63], 'text/plain')])).rejects.toThrow(/“说明.txt”不是图片文件/)
  })

  it('refuses a photo over 10 MB', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1)
    big.set(PNG)
    await expect(readPhotos([file('大图.png', big)])).rejects.toThrow(/超过 10 MB/)
  })
})
