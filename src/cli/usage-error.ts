/** A mistake in how the command was called: printed in Chinese, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes of every command (DOMAIN §7). */
export const EXIT = { ok: 0, errorsFound: 1, usage: 2 } as const;
