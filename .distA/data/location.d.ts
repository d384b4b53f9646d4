/**
 * The folder holding the data files: beside this module in src/ and dist/, one level up from a
 * bundled CLI (dist/cli/). Resolved once.
 */
export declare function dataDir(): URL;
