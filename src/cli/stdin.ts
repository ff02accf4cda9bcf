// Reading with a size limit: an input past --max-bytes stops being read at the limit (so
// `analyze /dev/zero` ends with a message rather than filling memory).

/** An input longer than --max-bytes; its message is what the user reads. */
export class InputTooLarge extends Error {
  constructor(maxBytes: number) {
    super(`larger than ${readableSize(maxBytes)} (raise the limit with --max-bytes)`);
  }
}

/** 67108864 as "64 MB", 1536 as "1.5 KB"... in binary multiples, as --max-bytes reads them. */
function readableSize(bytes: number): string {
  for (const [unit, size] of [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ] as const) {
    if (bytes >= size) return `${+(bytes / size).toFixed(1)} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** Reads a whole stream into bytes, throwing InputTooLarge as soon as it passes `maxBytes`. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes = Infinity): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += part.length;
    if (size > maxBytes) throw new InputTooLarge(maxBytes);
    parts.push(part);
  }
  return Buffer.concat(parts);
}
