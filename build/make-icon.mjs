// Draws the app icon (512×512 PNG) with no dependencies: `node build/make-icon.mjs`.
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const SIZE = 512
const RED = [0xc0, 0x39, 0x2b]
const WHITE = [0xff, 0xff, 0xff]

function inRoundedRect(x, y, [left, top, right, bottom], r) {
  if (x < left || x > right || y < top || y > bottom) return false
  const cx = Math.min(Math.max(x, left + r), right - r)
  const cy = Math.min(Math.max(y, top + r), bottom - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy)
  const d1 = side(ax, ay, bx, by)
  const d2 = side(bx, by, cx, cy)
  const d3 = side(cx, cy, ax, ay)
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))
}

// Painted in order, last hit wins: red tile, white speech bubble, red house, white door.
const layers = [
  { color: RED, hit: (x, y) => inRoundedRect(x, y, [16, 16, 496, 496], 104) },
  {
    color: WHITE,
    hit: (x, y) =>
      inRoundedRect(x, y, [104, 112, 408, 352], 56) || inTriangle(x, y, [150, 330], [236, 350], [132, 420])
  },
  {
    color: RED,
    hit: (x, y) =>
      inTriangle(x, y, [256, 150], [162, 236], [350, 236]) || inRoundedRect(x, y, [188, 226, 324, 314], 6)
  },
  { color: WHITE, hit: (x, y) => inRoundedRect(x, y, [238, 258, 274, 314], 6) }
]

/** RGBA pixels, 4×4 supersampled for smooth edges. */
export function drawIcon(size = SIZE) {
  const scale = SIZE / size
  const pixels = Buffer.alloc(size * size * 4)
  const n = 4
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) * scale
          const y = (py + (sy + 0.5) / n) * scale
          let color = null
          for (const layer of layers) if (layer.hit(x, y)) color = layer.color
          if (color) { r += color[0]; g += color[1]; b += color[2]; a += 1 }
        }
      }
      const i = (py * size + px) * 4
      if (a > 0) {
        pixels[i] = Math.round(r / a)
        pixels[i + 1] = Math.round(g / a)
        pixels[i + 2] = Math.round(b / a)
        pixels[i + 3] = Math.round((a / (n * n)) * 255)
      }
    }
  }
  return pixels
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** Encodes RGBA pixels as a PNG (8-bit, colour type 6, no row filters). */
export function encodePng(pixels, width, height) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const rows = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) {
    pixels.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const png = encodePng(drawIcon(SIZE), SIZE, SIZE)
  for (const target of ['build/icon.png', 'resources/icon.png']) {
    mkdirSync(dirname(resolve(root, target)), { recursive: true })
    writeFileSync(resolve(root, target), png)
    console.log(`已生成 ${target}（${png.length} 字节）`)
  }
}
