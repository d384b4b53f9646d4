import { type Context } from '../context.js';
export declare function foreignScriptRule(ctx: Context): void;
