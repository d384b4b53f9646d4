/** An error meant for the user: printed as one line, never with a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

const CODES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ELOOP: 'symbolic link loop',
};

/** One line saying what went wrong, from any thrown value. */
export function describeError(err: unknown): string {
  if (err instanceof UserError) return err.message;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && CODES[code]) return CODES[code];
  if (err instanceof Error) return err.message.split('\n')[0] ?? 'unknown error';
  return String(err);
}
