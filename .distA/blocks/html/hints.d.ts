export interface AttributeHints {
    negative: string | null;
    positive: boolean;
    comment: boolean;
}
/** Reads an element's class and id. */
export declare function attributeHints(className: string | undefined, id: string | undefined): AttributeHints;
/** ARIA roles and elements that hold page furniture. */
export declare const LANDMARK_ROLES: Set<string>;
export declare const LANDMARK_TAGS: Set<string>;
