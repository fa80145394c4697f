#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * Parses every production bundle in dist/ (built by `npm run build:local`) at the ECMAScript
 * level the build declares (scripts/es-level.js), and the old-engine guard inlined in every page
 * at ES5. `npm test` runs it right after the build: a `?.`, `??` or `catch {}` left in a bundle
 * fails it, naming the file and the position.
 *
 *   node scripts/check-bundles.js [dist]
 */
const fs = require("fs");
const path = require("path");
const acorn = require("acorn");
const { ECMA_VERSION, GUARD_ECMA_VERSION } = require("./es-level");

/** The parse error of `code` at `ecmaVersion` as "line:column message", or null. */
function parseError(code, ecmaVersion, sourceType = "script") {
  try {
    acorn.parse(code, { ecmaVersion, sourceType });
    return null;
  } catch (error) {
    const at = error.loc ? `${error.loc.line}:${error.loc.column}` : "?";
    const near = typeof error.pos === "number" ? JSON.stringify(code.slice(Math.max(0, error.pos - 20), error.pos + 20)) : "";
    return `${at} ${error.message} near ${near}`;
  }
}

/** The inline scripts of a page (those without src). */
function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

/** Every failure in `dir`: bundles above ECMA_VERSION, pages without an ES5 guard. */
function checkDist(dir) {
  const failures = [];
  const files = fs.readdirSync(dir);
  const bundles = files.filter((f) => f.endsWith(".js"));
  const pages = files.filter((f) => f.endsWith(".html"));
  if (bundles.length === 0) failures.push(`${dir}: no bundle to check (run npm run build:local)`);
  for (const file of bundles) {
    const error = parseError(fs.readFileSync(path.join(dir, file), "utf8"), ECMA_VERSION);
    if (error) failures.push(`${file}: not ES${ECMA_VERSION}: ${error}`);
  }
  for (const file of pages) {
    const scripts = inlineScripts(fs.readFileSync(path.join(dir, file), "utf8"));
    if (!scripts.some((code) => code.includes("MVSP_OLD_ENGINE"))) failures.push(`${file}: no old-engine guard`);
    for (const code of scripts) {
      const error = parseError(code, GUARD_ECMA_VERSION);
      if (error) failures.push(`${file}: inline script not ES${GUARD_ECMA_VERSION}: ${error}`);
    }
  }
  return { failures, bundles, pages };
}

module.exports = { checkDist, parseError, inlineScripts };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  const { failures, bundles, pages } = checkDist(dir);
  if (failures.length > 0) {
    for (const failure of failures) console.error(`check-bundles: ${failure}`);
    process.exit(1);
  }
  console.log(`check-bundles: ${bundles.length} bundles parse as ES${ECMA_VERSION}; ${pages.length} pages carry the ES${GUARD_ECMA_VERSION} guard`);
}
