// GitHub Actions workflow commands, escaped as @actions/core escapes them
// (toolkit packages/core/src/command.ts): data `%`, CR, LF; properties also
// `:` and `,`. Every command poi-gitops prints is built here and marked as
// meant, so the egress passes it while defusing everything else.

import { meantCommand } from '../core/egress.js'
import { printable } from '../core/text.js'

export type AnnotationKind = 'error' | 'warning' | 'notice'

export interface AnnotationProperties {
  file?: string
  line?: number
  col?: number
  title?: string
}

export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** One annotation line; the message is made printable first, so one annotation is one line of text. */
export function annotation(kind: AnnotationKind, message: string, props: AnnotationProperties = {}): string {
  const parts: string[] = []
  if (props.file !== undefined) parts.push(`file=${escapeProperty(printable(props.file))}`)
  if (props.line !== undefined) parts.push(`line=${props.line}`)
  if (props.col !== undefined) parts.push(`col=${props.col}`)
  if (props.title !== undefined) parts.push(`title=${escapeProperty(printable(props.title))}`)
  return meantCommand(`::${kind}${parts.length ? ' ' + parts.join(',') : ''}::${escapeData(printable(message))}`)
}

export const groupStart = (title: string): string => meantCommand(`::group::${escapeData(printable(title))}`)
export const groupEnd = (): string => meantCommand('::endgroup::')
