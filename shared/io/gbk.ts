/**
 * A GBK encoder for csv files older Excel and WPS open by default. Platforms ship a GBK decoder
 * (TextDecoder) but no encoder, so the table is the decoder run backwards: every lead/trail byte
 * pair is decoded once, and each character remembers the first pair that gives it (as the WHATWG
 * gbk encoder does). Characters GBK lacks become '?', and are counted.
 */

// code unit → (lead << 8 | trail); 0 = not in GBK. Built on first use, about 50 ms, then kept.
let table: Uint16Array | null = null

const QUESTION = 0x3f

function buildTable(): Uint16Array {
  const out = new Uint16Array(0x10000)
  const decoder = new TextDecoder('gbk')
  // each pair followed by a newline: a valid pair decodes to one character before it
  const trails: number[] = []
  for (let t = 0x40; t <= 0xfe; t++) if (t !== 0x7f) trails.push(t)
  const bytes = new Uint8Array(trails.length * 3)
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    trails.forEach((t, i) => bytes.set([lead, t, 0x0a], i * 3))
    const pieces = decoder.decode(bytes).split('\n')
    trails.forEach((t, i) => {
      const piece = pieces[i]
      if (piece.length !== 1 || piece === '\ufffd') return
      const unit = piece.charCodeAt(0)
      if (out[unit] === 0) out[unit] = (lead << 8) | t
    })
  }
  // the euro sign is the one single byte above ASCII
  out[0x20ac] = 0x80
  return out
}

export function gbkTable(): Uint16Array {
  table ??= buildTable()
  return table
}

export interface GbkEncoded {
  bytes: Uint8Array<ArrayBuffer>
  /** characters written as '?' because GBK has no code for them */
  missing: number
  /** the first few of them, for the message */
  examples: string[]
}

const MAX_EXAMPLES = 5

/** Encodes text chunk by chunk; `missing` and `examples` add up over all chunks. */
export function createGbkEncoder() {
  const map = gbkTable()
  let missing = 0
  const examples: string[] = []
  const miss = (char: string) => {
    missing++
    if (examples.length < MAX_EXAMPLES && !examples.includes(char)) examples.push(char)
  }
  return {
    encode(text: string): Uint8Array<ArrayBuffer> {
      const out = new Uint8Array(text.length * 2)
      let n = 0
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i)
        if (unit < 0x80) {
          out[n++] = unit
          continue
        }
        const code = map[unit]
        if (code > 0xff) {
          out[n++] = code >> 8
          out[n++] = code & 0xff
        } else if (code === 0x80) out[n++] = 0x80
        else {
          // a surrogate pair is one character: one '?'
          const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
          miss(pair ? text.slice(i, i + 2) : text[i])
          if (pair) i++
          out[n++] = QUESTION
        }
      }
      return out.slice(0, n)
    },
    get missing() {
      return missing
    },
    get examples() {
      return [...examples]
    }
  }
}

export function encodeGbk(text: string): GbkEncoded {
  const encoder = createGbkEncoder()
  const bytes = encoder.encode(text)
  return { bytes, missing: encoder.missing, examples: encoder.examples }
}
