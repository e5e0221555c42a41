/**
 * A document that cannot be read (encrypted, scanned without a text layer,
 * truncated or corrupt). The message is one line for the user, without the
 * file name; the CLI prints it and goes on with the other files.
 */
export class DocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** The first line of an error's message, for a one-line report. */
export function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return (msg.split('\n')[0] ?? '').trim() || 'unknown error';
}
