/**
 * Decoding an imported text file (DESIGN §3: GBK and UTF-8 csv). Uses the WHATWG TextDecoder,
 * present in browsers, workers and Node 20 (full ICU), so shared/ stays free of Node imports.
 */

/** A file the import refuses; the message is for the user. */
export class ImportFileError extends Error {
  override name = 'ImportFileError'
}

export type TextEncodingName = 'utf-8' | 'gbk'

const SAVE_AS_UTF8 = '请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入'

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    // RangeError: label not supported by this runtime; TypeError: bytes invalid in this encoding
    return null
  }
}

/** Recognises files that are not text at all, so the message names what the file is. */
function refuseBinary(bytes: Uint8Array): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new ImportFileError('这是 Excel 工作簿（xlsx），不是 CSV 文本：请按 xlsx 文件导入，或' + SAVE_AS_UTF8)
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportFileError('这是旧版 Excel 文件（.xls），无法直接导入：请在 Excel 中另存为 xlsx 或“CSV UTF-8（逗号分隔）”后再导入')
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ImportFileError('文件是 UTF-16 编码（Excel 的“Unicode 文本”）：' + SAVE_AS_UTF8)
  }
}

function checkText(text: string): string {
  if (text.includes('\u0000')) {
    throw new ImportFileError('文件含有二进制内容，不是 CSV 文本：请选择 12345 平台导出的 xlsx 或 csv 文件')
  }
  return text
}

/**
 * UTF-8 (with or without BOM, BOM removed) or, when the bytes are not valid UTF-8, GBK.
 * Throws ImportFileError with a Chinese message when neither decodes cleanly.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (!(bytes instanceof Uint8Array)) throw new ImportFileError('文件内容无法读取：请重新选择文件')
  refuseBinary(bytes)
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes.subarray(3))
    if (text === null) throw new ImportFileError('文件标明为 UTF-8 编码，但其中有损坏的字节：请重新从平台导出后再导入')
    return { text: checkText(text), encoding: 'utf-8' }
  }
  const utf8 = tryDecode('utf-8', bytes)
  if (utf8 !== null) return { text: checkText(utf8), encoding: 'utf-8' }
  // 0xFF is never a GBK byte; some runtimes' decoders map it to a private-use character instead of failing.
  const gbk = bytes.includes(0xff) ? null : tryDecode('gbk', bytes)
  if (gbk !== null) return { text: checkText(gbk), encoding: 'gbk' }
  throw new ImportFileError('文件编码无法识别：既不是 UTF-8 也不是 GBK。' + SAVE_AS_UTF8)
}
