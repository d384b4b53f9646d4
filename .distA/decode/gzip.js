import { gunzipSync } from 'node:zlib';
import { InputError, tooLarge } from './errors.js';
export function isGzip(bytes) {
    return bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}
/** Unpacks gzip, refusing output above maxBytes instead of inflating a bomb into memory. */
export function gunzip(bytes, maxBytes) {
    try {
        return gunzipSync(bytes, { maxOutputLength: maxBytes });
    }
    catch (err) {
        if (err.code === 'ERR_BUFFER_TOO_LARGE')
            throw tooLarge('once unpacked', maxBytes);
        throw new InputError('corrupt', `gzip data is broken (${err.message})`);
    }
}
