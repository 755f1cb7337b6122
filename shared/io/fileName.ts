/** A title as a file name: characters Windows and other file systems refuse become '-'; an empty result takes `fallback`. */
export const safeFileName = (name: string, fallback: string): string => name.replace(/[\\/:*?"<>|\r\n]+/g, '-').trim() || fallback
