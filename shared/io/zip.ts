/**
 * A streaming zip writer (the container of .xlsx): entries are written one after another and
 * deflated as they stream, each followed by a data descriptor, so a 300,000-row sheet never has
 * to sit in memory uncompressed. Deflate comes from the platform (CompressionStream 'deflate-raw').
 */

let crcTable: Uint32Array | null = null
function crcTableOf(): Uint32Array {
  if (crcTable) return crcTable
  crcTable = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    crcTable[n] = c >>> 0
  }
  return crcTable
}

/** CRC-32 continued from `crc` (start with 0). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const table = crcTableOf()
  let c = ~crc >>> 0
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]) & 0xff] ^ (c >>> 8)
  return ~c >>> 0
}

/** Raw deflate, chunk by chunk. */
export interface Deflater {
  push(chunk: Uint8Array): Promise<void>
  /** the compressed bytes not yet handed out */
  drain(): Uint8Array[]
  finish(): Promise<Uint8Array[]>
}

export function platformDeflater(): Deflater {
  const stream = new CompressionStream('deflate-raw')
  const writer = stream.writable.getWriter()
  const reader = stream.readable.getReader()
  let out: Uint8Array[] = []
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      out.push(value)
    }
  })()
  const take = () => {
    const chunks = out
    out = []
    return chunks
  }
  return {
    push: (chunk) => writer.write(chunk as Uint8Array<ArrayBuffer>),
    drain: take,
    async finish() {
      await writer.close()
      await pump
      return take()
    }
  }
}

const UTF8 = new TextEncoder()

interface Entry { name: Uint8Array; offset: number; crc: number; size: number; compressed: number }

// 1980-01-01 00:00 in DOS time: the file carries no meaningful clock of its own
const DOS_TIME = 0
const DOS_DATE = (0 << 9) | (1 << 5) | 1

function header(size: number, fill: (v: DataView) => void): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size)
  fill(new DataView(bytes.buffer))
  return bytes
}

/**
 * Writes entries into `sink` (called with each piece of the file in order). Open an entry, write
 * its text or bytes, close it; then `finish` writes the central directory.
 */
export function createZipWriter(sink: (chunk: Uint8Array) => void, deflater: () => Deflater = platformDeflater) {
  const entries: Entry[] = []
  let offset = 0
  const emit = (chunk: Uint8Array) => {
    if (chunk.length === 0) return
    sink(chunk)
    offset += chunk.length
  }
  let open: { entry: Entry; deflate: Deflater } | null = null

  return {
    begin(name: string): void {
      if (open) throw new Error('上一个条目尚未结束')
      const entry: Entry = { name: UTF8.encode(name), offset, crc: 0, size: 0, compressed: 0 }
      emit(header(30 + entry.name.length, (v) => {
        v.setUint32(0, 0x04034b50, true)
        v.setUint16(4, 20, true)
        v.setUint16(6, 0x0808, true) // sizes in a data descriptor; UTF-8 names
        v.setUint16(8, 8, true)
        v.setUint16(10, DOS_TIME, true)
        v.setUint16(12, DOS_DATE, true)
        new Uint8Array(v.buffer).set(entry.name, 30)
        v.setUint16(26, entry.name.length, true)
      }))
      open = { entry, deflate: deflater() }
    },
    async write(data: string | Uint8Array): Promise<void> {
      if (!open) throw new Error('没有打开的条目')
      const bytes = typeof data === 'string' ? UTF8.encode(data) : data
      open.entry.crc = crc32(bytes, open.entry.crc)
      open.entry.size += bytes.length
      await open.deflate.push(bytes)
      for (const chunk of open.deflate.drain()) {
        open.entry.compressed += chunk.length
        emit(chunk)
      }
    },
    async end(): Promise<void> {
      if (!open) return
      const { entry, deflate } = open
      open = null
      for (const chunk of await deflate.finish()) {
        entry.compressed += chunk.length
        emit(chunk)
      }
      emit(header(16, (v) => {
        v.setUint32(0, 0x08074b50, true)
        v.setUint32(4, entry.crc, true)
        v.setUint32(8, entry.compressed, true)
        v.setUint32(12, entry.size, true)
      }))
      entries.push(entry)
    },
    async file(name: string, data: string | Uint8Array): Promise<void> {
      this.begin(name)
      await this.write(data)
      await this.end()
    },
    finish(): void {
      const start = offset
      for (const e of entries) {
        emit(header(46 + e.name.length, (v) => {
          v.setUint32(0, 0x02014b50, true)
          v.setUint16(4, 20, true)
          v.setUint16(6, 20, true)
          v.setUint16(8, 0x0808, true)
          v.setUint16(10, 8, true)
          v.setUint16(12, DOS_TIME, true)
          v.setUint16(14, DOS_DATE, true)
          v.setUint32(16, e.crc, true)
          v.setUint32(20, e.compressed, true)
          v.setUint32(24, e.size, true)
          v.setUint16(28, e.name.length, true)
          v.setUint32(42, e.offset, true)
          new Uint8Array(v.buffer).set(e.name, 46)
        }))
      }
      const size = offset - start
      emit(header(22, (v) => {
        v.setUint32(0, 0x06054b50, true)
        v.setUint16(8, entries.length, true)
        v.setUint16(10, entries.length, true)
        v.setUint32(12, size, true)
        v.setUint32(16, start, true)
      }))
    }
  }
}
