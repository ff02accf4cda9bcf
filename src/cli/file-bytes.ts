// A long file's bytes left on disk and read by position as they are needed (src/utf8-text.ts),
// so that the command's memory does not grow with the texts it analyses.
import { closeSync, openSync, readSync } from 'node:fs';
import { TextChanged, type ByteSource } from '../utf8-text.js';

/** The first `length` bytes of the file at `path` (its size when it was opened). */
export function fileBytes(path: string, length: number): ByteSource {
  return {
    length,
    read(from, to) {
      const bytes = Buffer.alloc(to - from);
      let fd;
      try {
        // Opened for each read: a long text is read a window (tens of KB) at a time.
        fd = openSync(path, 'r');
        for (let done = 0; done < bytes.length;) {
          const read = readSync(fd, bytes, done, bytes.length - done, from + done);
          if (read === 0) throw new TextChanged();
          done += read;
        }
      } catch (err) {
        if (err instanceof TextChanged) throw err;
        throw new Error(`the file could not be read again (${(err as NodeJS.ErrnoException)?.code ?? String(err)})`);
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
      return bytes;
    },
  };
}
