#!/usr/bin/env node
// Prints the evaluated example through LibreOffice (en, fr, es) and measures every PDF page:
// the printed text size (median word height / 1.30: a 10 pt Carlito cell at 100 % measures 13 pt
// high in `pdftotext -bbox-layout`), the smallest line's size, which sheet the page belongs to,
// and whether the summary's first page holds all eight indicators. The README's figures come
// from here. Not part of npm test: needs LibreOffice and poppler (see TOOLCHAIN.md).
// Usage: node scripts/print-sizes.mjs [OUTDIR] [--json]   (default /tmp/print-sizes)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const json = args.includes("--json");
const out = resolve(args.find((a) => !a.startsWith("--")) ?? join(tmpdir(), "print-sizes"));
const HEIGHT_PER_POINT = 1.3;
const BODY_MIN = 9;
const PAGE_MIN = 8;

execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
const { translate } = await import(join(root, "lib/core/i18n/index.js"));
const { loadAllLanguages } = await import(join(root, "lib/core/i18n/all.js"));
loadAllLanguages();
const { INDICATORS } = await import(join(root, "lib/core/indicators/index.js"));

const decode = (s) =>
  s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'");
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round1 = (x) => Math.round(x * 10) / 10;
const squash = (s) => s.replace(/\s+/g, " ").trim();

/** Pages of a `pdftotext -bbox-layout` file: lines with their words' boxes and text, and the page's width. */
function pagesOf(html) {
  return html.split(/<page /).slice(1).map((page) => {
    const width = Number(/^width="([\d.]+)"/.exec(page)?.[1] ?? 842);
    const lines = [...page.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)].map(([, line]) => {
      const words = [...line.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({ x: Number(m[1]), y: Number(m[2]), height: Number(m[4]) - Number(m[2]), text: decode(m[5]) }),
      );
      return { words, text: words.map((w) => w.text).join(" ") };
    });
    return { width, lines };
  });
}

function measure(lang) {
  const dir = join(out, lang);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The example as `npm run examples` makes it (the template with the 2026 paper's figures), in
  // the language measured, then evaluated.
  const template = join(dir, "example.xlsx");
  const book = join(dir, "evaluated.xlsx");
  execFileSync("node", ["lib/cli/main.js", "template", template, "--lang", lang], { cwd: root, stdio: "ignore" });
  try {
    execFileSync("node", ["lib/cli/main.js", "evaluate", template, "--out", book, "--lang", lang], { cwd: root, stdio: "ignore" });
  } catch (e) {
    // Exit 1 (input warnings/errors) still writes the workbook.
    if (e.status !== 1) throw e;
  }
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    execFileSync("libreoffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, book], { stdio: "ignore" });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(dir, "evaluated.pdf");
  execFileSync("pdftotext", ["-bbox-layout", pdf, join(dir, "evaluated.html")]);
  const t = (key) => translate(lang, "report", key);
  // The template may be in another language than the report: its title in any of them.
  const titles = {
    summary: [t("summary.title")],
    log: [t("log.printTitle")],
    inputs: ["en", "fr", "es"].map((l) => translate(l, "report", "template.title")),
  };
  const names = INDICATORS.map(({ id }) => translate(lang, "indicatorNames", id));
  let sheet = "?";
  return pagesOf(readFileSync(join(dir, "evaluated.html"), "utf8")).map(({ width, lines }, i) => {
    // The indicator names stand in the page's left-hand quarter: its words top to bottom, without
    // spaces, so that a name wrapped over three lines of its cell still reads as one.
    const left = lines
      .flatMap((l) => l.words)
      .filter((w) => w.x < width / 4)
      .sort((a, b) => a.y - b.y || a.x - b.x);
    const all = left.map((w) => w.text).join("");
    // The page header names the sheet; a page without one continues the previous sheet.
    const top = squash(lines.slice(0, 3).map((l) => l.text).join(" "));
    for (const [key, list] of Object.entries(titles)) if (list.some((title) => top.includes(squash(title)))) sheet = key;
    const heights = lines.flatMap((l) => l.words.map((w) => w.height));
    // The smallest text on the page, by line (a line's median word), leaving out header and footer.
    const body = lines.slice(1, -1).filter((l) => l.words.length > 0);
    const smallest = Math.min(...body.map((l) => median(l.words.map((w) => w.height))));
    const found = names.filter((n) => all.includes(n.replace(/\s+/g, ""))).length;
    return {
      page: i + 1,
      sheet,
      size: round1(median(heights) / HEIGHT_PER_POINT),
      smallest: round1(smallest / HEIGHT_PER_POINT),
      indicators: found,
    };
  });
}

const report = {};
let ok = true;
for (const lang of ["en", "fr", "es"]) {
  const pages = measure(lang);
  report[lang] = pages;
  const first = pages.find((p) => p.sheet === "summary");
  const firstOk = first !== undefined && first.indicators === INDICATORS.length && first.size >= BODY_MIN;
  const allOk = pages.every((p) => p.size >= PAGE_MIN);
  ok &&= firstOk && allOk;
  if (!json) {
    console.log(`${lang}: ${pages.length} pages (${join(out, lang, "evaluated.pdf")})`);
    for (const p of pages) {
      const mark = p.size < PAGE_MIN ? "  UNDER 8 pt" : "";
      const eight = p === first ? `, indicators on the page: ${p.indicators}/${INDICATORS.length}` : "";
      console.log(`  page ${p.page}  ${p.sheet.padEnd(7)} text ${p.size.toFixed(1)} pt (smallest line ${p.smallest.toFixed(1)} pt)${eight}${mark}`);
    }
    console.log(`  summary's first page: ${firstOk ? "all eight indicators at ≥ 9 pt" : "FAILS (eight indicators at ≥ 9 pt)"}; every page ≥ 8 pt: ${allOk ? "yes" : "NO"}`);
  }
}
if (json) console.log(JSON.stringify(report, null, 1));
process.exitCode = ok ? 0 : 1;
