/** "site:<name>" for an HTML page that names its site, else null. */
export declare function declaredSiteGroup(page: string | Uint8Array): string | null;
/** The learning group of a page: its host when the address is known, else the site it declares, else its folder. */
export declare function pageGroup(group: string, page: string | Uint8Array): string;
