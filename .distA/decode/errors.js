/**
 * Thrown by decode for input that is not a page at all (an image, an archive, an oversized or
 * broken file). The message is one line meant for the user; callers report it and go on with the
 * next input.
 */
export class InputError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'InputError';
    }
}
/** 200 MB: far above any real page, low enough that one stray file cannot exhaust memory. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export function tooLarge(size, maxBytes) {
    return new InputError('too-large', `input is larger than the limit of ${maxBytes} bytes (${size}; see --max-bytes)`);
}
