import type { en } from "./en";
import type { pane } from "./en/pane";
import type { cli } from "./en/cli";

/**
 * One catalogue per language, in sections owned by the part of the product that speaks them.
 * English is the reference: every other language must carry exactly its keys (the types and
 * `tests/core/i18n.test.ts` check it). Placeholders are written `{name}`.
 */
export type Catalogue = { readonly [S in keyof typeof en]: { readonly [K in keyof (typeof en)[S]]: string } };

/** The task pane's own words: bundled with the pane only. */
export type PaneCatalogue = { readonly [K in keyof typeof pane]: string };

/** The command line's own words: compiled into the CLI only. */
export type CliCatalogue = { readonly [K in keyof typeof cli]: string };
