import { describe, expect, test } from '@jest/globals'
import { jsonErrorPosition, jsonPathPosition } from '../../src/core/json-locate.js'

describe('where JSON goes wrong', () => {
  test('the first character that stops being valid JSON, with its line and column', () => {
    expect(jsonErrorPosition('{\n  "a": 1,\n  "b": 2,\n}\n')).toEqual({ line: 4, column: 1 })
    expect(jsonErrorPosition('{"a": "x\ty"}')).toEqual({ line: 1, column: 9 })
    expect(jsonErrorPosition('[01]')).toEqual({ line: 1, column: 3 })
    expect(jsonErrorPosition('{"a": 1} x')).toEqual({ line: 1, column: 10 })
  })
  test('nesting too deep for the stack points at the start instead of crashing', () => {
    expect(jsonErrorPosition('['.repeat(200000))).toEqual({ line: 1, column: 1 })
  })
})

describe('where a value sits', () => {
  const text = '{\n  "actions": [\n    { "id": "a" },\n    {\n      "id": "b",\n      "set": { "status": "CLOSED" }\n    }\n  ],\n  "w\\u0069th": 1\n}\n'
  test('a member points at its key, an element at its value', () => {
    expect(jsonPathPosition(text, ['actions', 1, 'set', 'status'])).toEqual({ line: 6, column: 16 })
    expect(jsonPathPosition(text, ['actions', 1])).toEqual({ line: 4, column: 5 })
  })
  test('a missing member points at the deepest part of the path that exists', () => {
    expect(jsonPathPosition(text, ['actions', 1, 'set', 'resolution'])).toEqual({ line: 6, column: 7 })
    expect(jsonPathPosition(text, ['actions', 7, 'id'])).toEqual({ line: 2, column: 3 })
  })
  test('keys are compared decoded, so an escaped key is found', () => {
    expect(jsonPathPosition(text, ['with'])).toEqual({ line: 9, column: 3 })
  })
  test('a key of the same name off the path is not taken', () => {
    expect(jsonPathPosition('{"x": {"id": 1}, "id": 2}', ['id'])).toEqual({ line: 1, column: 18 })
  })
})
