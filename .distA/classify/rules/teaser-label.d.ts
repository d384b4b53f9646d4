import { type Context } from '../context.js';
export declare function teaserLabelRule(ctx: Context): void;
