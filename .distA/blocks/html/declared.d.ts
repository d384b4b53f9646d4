import type { AnyNode } from 'domhandler';
import type { DeclaredMetadata } from '../../types.js';
/** Reads the page's own declarations, in one pass over its DOM. */
export declare function declaredMetadata(root: AnyNode): DeclaredMetadata;
