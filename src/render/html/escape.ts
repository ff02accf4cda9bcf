// Text and attribute values for HTML: the five characters that could end a text or an attribute,
// and each control character (other than tab and line breaks, which the page lays out) shown as
// one visible symbol rather than dropped or obeyed.
const SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function replacement(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // the Control Pictures block: ␀ … ␟
  if (code === 0x7f) return '\u2421';
  if (code > 0x7f) return '\ufffd'; // C1 controls have no picture
  return `&#${code};`;
}

export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, replacement);
}
