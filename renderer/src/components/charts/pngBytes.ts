/** The bytes of a `data:image/png;base64,…` URL, for platform.saveFile. */
export function dataUrlToBytes(url: string): Uint8Array<ArrayBuffer> {
  const comma = url.indexOf(',')
  const binary = atob(url.slice(comma + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
