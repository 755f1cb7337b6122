/**
 * Reads entries of a zip file (the container of .xlsx) from its central directory; stored and
 * deflated entries, the two that spreadsheet programs write. Inflate comes from the platform
 * (DecompressionStream 'deflate-raw').
 */

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  size: number
  /** where the entry's local header starts */
  offset: number
}

export class ZipError extends Error {}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/** The entries named in the central directory; throws ZipError when there is none to read. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  try {
    return readDirectory(bytes)
  } catch (err) {
    // offsets from a damaged file point outside it: DataView throws RangeError
    throw err instanceof ZipError ? err : new ZipError('central directory damaged')
  }
}

function readDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // the end record sits in the last 22 bytes plus a comment of at most 65,535
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i
      break
    }
  }
  if (end < 0) throw new ZipError('not a zip')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const names = new TextDecoder()
  const out = new Map<string, ZipEntry>()
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError('central directory damaged')
    const nameLength = view.getUint16(at + 28, true)
    const extra = view.getUint16(at + 30, true)
    const comment = view.getUint16(at + 32, true)
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    out.set(name, {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true)
    })
    at += 46 + nameLength + extra + comment
  }
  return out
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  try {
    const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
    return new Uint8Array(await new Response(stream).arrayBuffer())
  } catch {
    // browsers reject with a TypeError, Node with a zlib error: either way the entry is damaged
    throw new ZipError('entry damaged')
  }
}

/** The bytes of one entry. */
export async function zipEntryBytes(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== LOCAL) throw new ZipError('entry damaged')
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true)
  const data = bytes.subarray(start, start + entry.compressedSize)
  if (data.length !== entry.compressedSize) throw new ZipError('entry truncated')
  if (entry.method === 0) return data
  if (entry.method === 8) return inflateRaw(data)
  throw new ZipError(`compression method ${entry.method}`)
}
