/** A database could not be started or reached; the message is one line that says what to do. */
export class DatabaseStartError extends Error {}
