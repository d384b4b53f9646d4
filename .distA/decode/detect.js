import { createRequire } from 'node:module';
import { canonicalEncoding } from './labels.js';
let chardet;
// Enough text for the statistics to settle; detection cost stays bounded on huge files.
const SAMPLE_BYTES = 256 * 1024;
/**
 * Guesses the legacy encoding of bytes that are not valid UTF-8 (chardet: ICU's detector, byte
 * n-gram statistics per language). Returns a WHATWG name, or null when nothing fits.
 */
export function detectEncoding(bytes) {
    chardet ??= createRequire(import.meta.url)('chardet');
    const sample = bytes.byteLength > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
    for (const m of chardet.analyse(sample)) {
        // The caller already knows the bytes are not UTF-8; BOM-less UTF-16/32 guesses are noise.
        if (/^utf/i.test(m.name))
            continue;
        const name = canonicalEncoding(m.name);
        if (name)
            return name;
    }
    return null;
}
