// Text from the input made safe for where it is shown: control characters a terminal would obey
// (ESC sequences that clear the screen, set the window title or hide links; BEL; CR that
// overwrites a line) are shown as visible symbols, and a CSV cell a spreadsheet would run as a
// formula is neutralised (OWASP, "CSV Injection").

/** C0 controls other than tab and line feed, DEL, and the C1 controls (0x9B is a CSI). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** ESC as ␛, CR as ␍ (the Control Pictures block); C1 controls, which have no picture, as \x9b. */
function picture(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `\\x${code.toString(16)}`;
}

export function showControls(text: string): string {
  return text.replace(CONTROL, picture);
}

/** A copy of `value` with showControls applied to every string in it (an analysis, say). */
export function showControlsIn<T>(value: T): T {
  if (typeof value === 'string') return showControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => showControlsIn(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = showControlsIn(v);
  return out as T;
}

/** Cells a spreadsheet reads as a formula start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes such a cell with an apostrophe, so it is shown as text and never run. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
