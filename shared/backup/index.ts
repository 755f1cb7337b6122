export * from './format'
export * from './migrate'
export { KDF_ITERATIONS, type Encryption } from './crypto'
export { encodeRows, decodeRows } from './rows'
