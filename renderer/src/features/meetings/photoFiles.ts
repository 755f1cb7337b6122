import type { AttachmentInput } from '@shared/domain/attachments'
import { validatePhoto } from '@shared/domain/attachments'

/** Reads picked files as photos; the first that is not an image or is over 10 MB throws validatePhoto's Chinese message. */
export async function readPhotos(files: readonly Pick<File, 'name' | 'type' | 'arrayBuffer'>[], field = 'photos'): Promise<AttachmentInput[]> {
  const photos: AttachmentInput[] = []
  for (const file of files) photos.push(validatePhoto({ name: file.name, mime: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }, field))
  return photos
}
