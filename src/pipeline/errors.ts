// Errors a user can act on: which input, what was wrong, what to do.

/** Bad input (missing, empty, binary, undecodable): reported in one line, never with a stack. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`${input}: ${problem}`);
    this.name = "InputError";
  }
}

/** A problem with how Rasd was invoked or configured (bad option, unreachable database). */
export class UsageError extends Error {
  override name = "UsageError";
}
