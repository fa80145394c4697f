import type { en } from "./en";

/**
 * One catalogue per language, in sections owned by the part of the product that speaks them.
 * English is the reference: every other language must carry exactly its keys (the types and
 * `tests/core/i18n.test.ts` check it). Placeholders are written `{name}`.
 */
export type Catalogue = { readonly [S in keyof typeof en]: { readonly [K in keyof (typeof en)[S]]: string } };
