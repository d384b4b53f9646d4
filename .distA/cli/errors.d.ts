/** An error meant for the user: printed as one line, never with a stack trace. */
export declare class UserError extends Error {
    readonly exitCode: number;
    constructor(message: string, exitCode?: number);
}
/** One line saying what went wrong, from any thrown value. */
export declare function describeError(err: unknown): string;
