/** Why an input cannot be read as a page. */
export type InputErrorKind = 'binary' | 'too-large' | 'corrupt';
/**
 * Thrown by decode for input that is not a page at all (an image, an archive, an oversized or
 * broken file). The message is one line meant for the user; callers report it and go on with the
 * next input.
 */
export declare class InputError extends Error {
    readonly kind: InputErrorKind;
    constructor(kind: InputErrorKind, message: string);
}
/** 200 MB: far above any real page, low enough that one stray file cannot exhaust memory. */
export declare const DEFAULT_MAX_BYTES: number;
export declare function tooLarge(size: string, maxBytes: number): InputError;
