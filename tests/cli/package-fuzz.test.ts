/**
 * Issue 16: a package fuzz test. A real fixture (BASE) truncated, with entries duplicated,
 * dropped or renamed, and with bytes corrupted, each case seeded so a failure replays. Every
 * result is either a sound evaluation or one refusal sentence (exit 2, "Could not read ..."):
 * never an internal error, a stack or a hang. Sound means BASE's own result: no mutation here
 * changes a value legitimately (a changed byte of data must be caught by its CRC), so any other
 * result is a damaged value read as if it were the user's.
 */
import { readFileSync, writeFileSync } from "fs";
import { isDeepStrictEqual } from "util";
import * as path from "path";
import { makeTempDir, PACKAGES, run } from "../support/cli-run";
import { readZipArchive, writeZip, type ZipEntry } from "../../src/adapters/xlsx/zip";

const tmp = makeTempDir("mvsp-fuzz-");
afterAll(() => tmp.cleanup());

const BASE = readFileSync(path.join(PACKAGES, "base.xlsx"));
const ENTRIES = readZipArchive(BASE).entries;

/** mulberry32: small, seeded, good enough to spread the cases. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (rand: () => number) => Buffer;
const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

const MUTATIONS: Record<string, Mutation> = {
  truncated: (rand) => BASE.subarray(0, Math.floor(rand() * BASE.length)),
  duplicated: (rand) => {
    const entry = pick(rand, ENTRIES);
    const at = Math.floor(rand() * (ENTRIES.length + 1));
    return writeZip([...ENTRIES.slice(0, at), entry, ...ENTRIES.slice(at)]);
  },
  dropped: (rand) => {
    const drop = pick(rand, ENTRIES);
    return writeZip(ENTRIES.filter((e) => e !== drop));
  },
  caseRenamed: (rand) => {
    const entry = pick(rand, ENTRIES);
    return writeZip([...ENTRIES, { ...entry, name: entry.name.toUpperCase() }]);
  },
  bytesFlipped: (rand) => {
    const out = Buffer.from(BASE);
    const count = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < count; i++) out[Math.floor(rand() * out.length)] ^= 1 + Math.floor(rand() * 255);
    return out;
  },
  entryDataCorrupted: (rand) => {
    // One entry's compressed bytes changed: the CRC (or inflate) must catch it.
    const entry = pick(
      rand,
      ENTRIES.filter((e) => e.raw.length > 8),
    );
    const raw = Buffer.from(entry.raw);
    raw[Math.floor(rand() * raw.length)] ^= 0x5a;
    return writeZip(ENTRIES.map((e): ZipEntry => (e === entry ? { ...e, raw } : e)));
  },
  entryStoredSwapped: (rand) => {
    // One entry's bytes replaced by another's, with its own name and CRC: content mismatch.
    const [a, b] = [pick(rand, ENTRIES), pick(rand, ENTRIES)];
    return writeZip(ENTRIES.map((e): ZipEntry => (e === a ? { ...b, name: a.name } : e)));
  },
};

const CASES: [string, number][] = [];
for (const kind of Object.keys(MUTATIONS)) for (let seed = 1; seed <= 30; seed++) CASES.push([kind, seed]);

const INTERNAL = /Unexpected error|Please report this|Erreur inattendue|Error inesperado|\n\s+at .+:\d+:\d+/;

let expected: unknown;
beforeAll(async () => {
  const base = tmp.file("base.xlsx");
  writeFileSync(base, BASE);
  expected = JSON.parse((await run("evaluate", base, "--json", "--date", "2026-09-30")).stdout);
});

it(`${CASES.length} damaged copies of BASE: each a sound evaluation or one refusal sentence`, async () => {
  const failures: string[] = [];
  for (const [kind, seed] of CASES) {
    const file = tmp.file(`${kind}-${seed}.xlsx`);
    writeFileSync(file, MUTATIONS[kind](random(seed * 7919)));
    // Every third case also writes a copy, so the writer and the post-save check see damage too.
    const out = seed % 3 === 0 ? ["--out", tmp.file(`${kind}-${seed}-out.xlsx`)] : ["--json"];
    const result = await run("evaluate", file, ...out, "--date", "2026-09-30");
    const all = result.stdout + result.stderr;
    const label = `${kind} #${seed}: exit ${result.code}: ${all.slice(0, 300)}`;
    if (INTERNAL.test(all)) failures.push(label);
    else if (result.code === 2) {
      if (!/^Could not read .+: .+/.test(result.stderr.trim()) && !/Nothing was written|left unchanged/.test(all)) failures.push(label);
    } else if (result.code === 0 || result.code === 1) {
      if (out[0] === "--json") {
        if (!isDeepStrictEqual(JSON.parse(result.stdout), expected)) failures.push(`${label} (a result other than BASE's)`);
      } else if (!/Wrote /.test(result.stdout)) failures.push(label);
    } else failures.push(label);
  }
  expect(failures).toEqual([]);
});
