export declare function hasMagic(pattern: string): boolean;
/** A glob as a regular expression over a whole '/'-separated path. */
export declare function globToRegExp(glob: string): RegExp;
/** The folder a glob starts from: its leading path segments without magic ("in/a/*.txt" → "in/a"). */
export declare function globBase(pattern: string): string;
/**
 * --include/--exclude: a pattern with a slash matches the path below the input folder, one
 * without matches the name (like .gitignore).
 */
export declare function pathMatcher(patterns: string[]): (rel: string, name: string) => boolean;
