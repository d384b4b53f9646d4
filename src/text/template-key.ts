import { headlineKey } from './headline.js';

/**
 * A line as the cross-page template compares it: case, digits, punctuation and whitespace do not
 * count, so "© 2024 Site. All rights reserved" and "© 2025 Site – all rights reserved" are one
 * line, and "12 comments" equals "3 comments". (The headline key, digits made alike.)
 */
export function templateKey(text: string): string {
  return headlineKey(text.replace(/\p{N}+/gu, '0'));
}
