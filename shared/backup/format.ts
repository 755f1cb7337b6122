import { sha256Hex } from '../crypto/sha256'
import { KDF_ITERATIONS, decrypt, deriveKey, encrypt, randomBytes, type Encryption } from './crypto'
import { decodeRows, encodeRows, fromBase64, toBase64 } from './rows'
import type { BackupTables } from './migrate'

/**
 * The .cdbak file: `CDBAK 1 <sha256 of line 2>\n`, a JSON header line (manifest, encryption), then the body:
 * every table's NDJSON back to back, in manifest order, sealed with AES-256-GCM when a passphrase is set.
 */

export const MAGIC = 'CDBAK'
export const FORMAT_VERSION = 1

export interface TableEntry {
  name: string
  count: number
  /** length of this table's NDJSON in the plain body */
  bytes: number
  sha256: string
}

export interface BackupManifest {
  format: number
  app: { name: string; version: string }
  schemaVersion: number
  createdAt: number
  community: { id: string; name: string } | null
  tables: TableEntry[]
}

interface Header {
  manifest: BackupManifest
  encryption: Encryption | null
}

/** A refusal with the message to show the user; nothing has been touched when it is thrown. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

export const MESSAGES = {
  notBackup: '这不是工作台备份文件',
  damagedHeader: '备份文件已损坏：文件头的校验值不符',
  damagedBody: '备份文件已损坏：内容的校验值不符',
  damagedTable: (name: string) => `备份文件已损坏：表 ${name} 的校验值不符`,
  wrongPassphrase: '密码不正确，无法解密备份',
  needsPassphrase: '此备份已加密，请输入密码',
  newerSchema: (version: number) => `备份来自更新版本的工作台（数据版本 ${version}），请先升级本软件`,
  unknownSchema: (version: number) => `无法识别备份的数据版本（${String(version)}）`
}

const enc = new TextEncoder()
const dec = new TextDecoder('utf-8', { fatal: true })

export interface WriteOptions {
  app: { name: string; version: string }
  schemaVersion: number
  createdAt: number
  community: BackupManifest['community']
  passphrase?: string
  /** lower only in tests; files always carry the count they were made with */
  iterations?: number
}

export async function writeBackup(tables: BackupTables, options: WriteOptions): Promise<Uint8Array<ArrayBuffer>> {
  const parts = Object.entries(tables).map(([name, rows]) => ({ name, rows, bytes: enc.encode(encodeRows(rows)) }))
  const manifest: BackupManifest = {
    format: FORMAT_VERSION,
    app: options.app,
    schemaVersion: options.schemaVersion,
    createdAt: options.createdAt,
    community: options.community,
    tables: parts.map((p) => ({ name: p.name, count: p.rows.length, bytes: p.bytes.length, sha256: sha256Hex(p.bytes) }))
  }
  let body: Uint8Array = concat(parts.map((p) => p.bytes))
  let encryption: Encryption | null = null
  if (options.passphrase) {
    const iterations = options.iterations ?? KDF_ITERATIONS
    const salt = randomBytes(16)
    const iv = randomBytes(12)
    encryption = { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), iv: toBase64(iv) }
    const key = await deriveKey(options.passphrase, salt, iterations)
    body = await encrypt(key, iv, body, enc.encode(JSON.stringify(manifest)))
  }
  const header = JSON.stringify({ manifest, encryption } satisfies Header)
  const first = `${MAGIC} ${FORMAT_VERSION} ${sha256Hex(header)} ${sha256Hex(body)}\n`
  return concat([enc.encode(first + header + '\n'), body])
}

interface Parsed extends Header {
  body: Uint8Array
  bodySha256: string
}

function parse(bytes: Uint8Array): Parsed {
  const firstEnd = bytes.indexOf(10)
  const secondEnd = firstEnd < 0 ? -1 : bytes.indexOf(10, firstEnd + 1)
  if (firstEnd < 0 || secondEnd < 0) throw new BackupError(MESSAGES.notBackup)
  const first = new TextDecoder().decode(bytes.subarray(0, firstEnd)).split(' ')
  if (first[0] !== MAGIC || first.length !== 4) throw new BackupError(MESSAGES.notBackup)
  if (first[1] !== String(FORMAT_VERSION)) throw new BackupError(MESSAGES.unknownSchema(Number(first[1])))
  const headerBytes = bytes.subarray(firstEnd + 1, secondEnd)
  if (sha256Hex(headerBytes) !== first[2]) throw new BackupError(MESSAGES.damagedHeader)
  const body = bytes.subarray(secondEnd + 1)
  try {
    const header = JSON.parse(dec.decode(headerBytes)) as Header
    return { ...header, body, bodySha256: first[3] }
  } catch {
    throw new BackupError(MESSAGES.damagedHeader)
  }
}

export interface BackupSummary {
  manifest: BackupManifest
  encrypted: boolean
}

/** What the file holds, from its header alone; throws BackupError for anything that is not an intact backup header. */
export function readSummary(bytes: Uint8Array): BackupSummary {
  const { manifest, encryption } = parse(bytes)
  return { manifest, encrypted: encryption !== null }
}

export interface VerifiedBackup extends BackupSummary {
  tables: BackupTables
}

/** Checks the whole file — framing, schema version, passphrase, every table's hash and count — and decodes it. */
export async function verifyBackup(bytes: Uint8Array, options: { latestVersion: number; passphrase?: string }): Promise<VerifiedBackup> {
  const { manifest, encryption, body, bodySha256 } = parse(bytes)
  const version = manifest.schemaVersion
  if (!Number.isInteger(version) || version < 1) throw new BackupError(MESSAGES.unknownSchema(version))
  if (version > options.latestVersion) throw new BackupError(MESSAGES.newerSchema(version))
  let plain = body
  if (encryption) {
    if (!options.passphrase) throw new BackupError(MESSAGES.needsPassphrase)
    // Checked first so that a damaged file is not reported as a wrong passphrase.
    if (sha256Hex(body) !== bodySha256) throw new BackupError(MESSAGES.damagedBody)
    const key = await deriveKey(options.passphrase, fromBase64(encryption.salt), encryption.iterations)
    const opened = await decrypt(key, fromBase64(encryption.iv), body, enc.encode(JSON.stringify(manifest)))
    if (!opened) throw new BackupError(MESSAGES.wrongPassphrase)
    plain = opened
  }
  const tables: BackupTables = {}
  let offset = 0
  for (const entry of manifest.tables) {
    const slice = plain.subarray(offset, offset + entry.bytes)
    offset += entry.bytes
    if (slice.length !== entry.bytes || sha256Hex(slice) !== entry.sha256) throw new BackupError(MESSAGES.damagedTable(entry.name))
    try {
      tables[entry.name] = decodeRows(dec.decode(slice))
    } catch {
      throw new BackupError(MESSAGES.damagedTable(entry.name))
    }
    if (tables[entry.name].length !== entry.count) throw new BackupError(MESSAGES.damagedTable(entry.name))
  }
  if (offset !== plain.length || sha256Hex(body) !== bodySha256) throw new BackupError(MESSAGES.damagedBody)
  return { manifest, encrypted: encryption !== null, tables }
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
