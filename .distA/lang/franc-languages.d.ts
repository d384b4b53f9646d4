export declare const FRANC_LANGUAGES: ReadonlySet<string>;
