// Text and attribute values for HTML: the five characters that could end a text or an attribute.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
