// Data that is not the tool's own (package names, file names, remote messages)
// is printed on one line with its control characters visible, so one finding
// is always one line and nothing in a name can move the cursor, start a new
// log line or hide text behind a carriage return.

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' }

// C0 and C1 controls, DEL, line/paragraph separators and the bidirectional
// overrides that can make text read differently from what it is.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * A value the user gave, as a message quotes it: in JSON quotes (control characters escaped) and cut
 * after 80 characters, its length said, so a pasted screenful does not flood the terminal or the log.
 */
export function quoted(value: string): string {
  return value.length > 80 ? `${JSON.stringify(value.slice(0, 80) + '…')} (${value.length} characters)` : JSON.stringify(value)
}

/** The text with every control character shown as an escape (`\n`, `\e`, `\u{202e}`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)!.toString(16)}}`)
}
