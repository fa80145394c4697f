/** Opening the reader's fixtures (tests/fixtures/reader, made by make-reader-fixtures.py). */
import { readFileSync } from "fs";
import * as path from "path";
import { XlsxPackage } from "../../src/adapters/xlsx";
import type { NameSnapshot, RangeSnapshot } from "../../src/core/cells";
import { FIXTURES } from "./helpers";

export const READER_FIXTURES = path.join(FIXTURES, "reader");
export const FIXTURE_SCRIPT = path.join(FIXTURES, "make-reader-fixtures.py");

export function openFixture(name: string): XlsxPackage {
  return XlsxPackage.open(readFileSync(path.join(READER_FIXTURES, name)));
}

export function range(snapshot: NameSnapshot | undefined): RangeSnapshot {
  if (snapshot?.kind !== "range") throw new Error(`expected a range, got ${JSON.stringify(snapshot)}`);
  return snapshot.range;
}
