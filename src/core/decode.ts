// Text files as the repository holds them: strict UTF-8 (an invalid byte is a
// located error, not U+FFFD), with the byte-order mark and the line-ending
// style remembered so an edit writes the file back the way it was.

export interface DecodedText {
  /** The text without its byte-order mark. */
  text: string
  bom: boolean
  eol: '\n' | '\r\n'
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export class DecodeError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message)
    this.name = 'DecodeError'
  }
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  let text: string
  try {
    text = strictUtf8.decode(bytes)
  } catch {
    const { offset, line, column } = firstInvalidUtf8(bytes)
    throw new DecodeError(`not valid UTF-8 text (byte 0x${bytes[offset].toString(16).padStart(2, '0')} at offset ${offset})`, line, column)
  }
  return fromText(text)
}

export function fromText(text: string): DecodedText {
  const bom = text.charCodeAt(0) === 0xfeff
  if (bom) text = text.slice(1)
  const lf = text.indexOf('\n')
  const eol = lf > 0 && text.charCodeAt(lf - 1) === 0x0d ? '\r\n' : '\n'
  return { text, bom, eol }
}

/** Where a strict decoder gave up: the first byte that starts no valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; column: number } {
  let line = 1
  let lineStart = 0
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    let len = 0
    if (b < 0x80) len = 1
    else if (b >= 0xc2 && b <= 0xdf) len = 2
    else if (b >= 0xe0 && b <= 0xef) len = 3
    else if (b >= 0xf0 && b <= 0xf4) len = 4
    let ok = len > 0 && i + len <= bytes.length
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80
    if (ok && len === 3) {
      const cp = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f)
      ok = cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff)
    }
    if (ok && len === 4) {
      const cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f)
      ok = cp >= 0x10000 && cp <= 0x10ffff
    }
    if (!ok) return { offset: i, line, column: i - lineStart + 1 }
    if (b === 0x0a) { line++; lineStart = i + 1 }
    i += len
  }
  return { offset: Math.max(0, bytes.length - 1), line, column: 1 }
}

