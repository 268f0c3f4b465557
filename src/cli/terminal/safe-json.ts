/**
 * JSON for stdout. JSON.stringify escapes C0 controls but leaves DEL, C1 controls (0x9b is a
 * CSI on some terminals) and bidirectional overrides raw; escaping them as \uXXXX keeps the data
 * identical for a program and inert on a screen.
 */
const RAW_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function toSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
