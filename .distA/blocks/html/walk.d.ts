import type { AnyNode } from 'domhandler';
import type { Block } from '../../types.js';
export declare const LINK_OPEN = "\uE000";
export declare const IMAGE_OPEN = "\uE003";
export declare const MARK_MID = "\uE001";
export declare const MARK_CLOSE = "\uE002";
export interface WalkResult {
    blocks: Block[];
    /** For each container id, the id of the container around it (the root, 0, is its own parent). */
    containerParent: number[];
}
/** Walks the DOM under `root` and returns its visible text as blocks. */
export declare function walk(root: AnyNode): WalkResult;
