export interface Repair {
    text: string;
    /** The encoding the UTF-8 had been misread as, or null when nothing was repaired. */
    misreadAs: string | null;
    sequences: number;
}
/** Repairs UTF-8 misread as windows-1252 or windows-1251, twice over at most (double-encoded text). */
export declare function repairMojibake(text: string): Repair;
