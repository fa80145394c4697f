/* eslint-disable no-undef */
/**
 * The ECMAScript level every production bundle is compiled to, in one place (webpack.config.js
 * compiles to it, scripts/check-bundles.js parses dist/ at it). ES2018: the bundles use the
 * ES2019 library (Object.fromEntries, flat) and Unicode property escapes (`\p{L}`, ES2018, which
 * no compiler can lower), so the pages' old-engine guard admits only engines that have both; the
 * oldest of those a host may use is Safari 12.1's WKWebView (Excel on an older Mac), which
 * parses ES2018 but not `?.`, `??` or `catch {}`. Trident (ES5) and EdgeHTML 18 (ES2017 syntax,
 * no ES2019 library) get the guard's message instead. See README, "Supported Excel".
 */
module.exports = {
  ECMA_VERSION: 2018,
  /** The same level spelled for TypeScript (`compilerOptions.target`). */
  TS_TARGET: "ES2018",
  /** The old-engine guard inlined in every page is plain ES5: Trident must parse it. */
  GUARD_ECMA_VERSION: 5,
};
