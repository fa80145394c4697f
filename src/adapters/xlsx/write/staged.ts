/**
 * Edits held back until every check has passed: the writer computes all new parts first and only
 * then touches the package, so a refusal (or a bug) never leaves a half-edited workbook.
 */
import { HeadEdit, type XlsxPackage } from "../package";

const key = (path: string): string => path.replace(/^\//, "").toLowerCase();

/** A part's text starts with a byte-order mark: an edited part keeps it. */
function hasBom(data: Buffer | undefined): boolean {
  return data !== undefined && data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
}

export class Staged {
  private readonly writes = new Map<string, { path: string; data: string | Buffer | HeadEdit | null }>();

  constructor(readonly pkg: XlsxPackage) {}

  text(path: string): string | undefined {
    const staged = this.writes.get(key(path));
    if (staged)
      return staged.data === null
        ? undefined
        : typeof staged.data === "string"
          ? staged.data
          : (staged.data instanceof HeadEdit ? staged.data.whole() : staged.data).toString("utf8").replace(/^\uFEFF/, "");
    return this.pkg.text(path);
  }

  has(path: string): boolean {
    const staged = this.writes.get(key(path));
    return staged ? staged.data !== null : this.pkg.has(path);
  }

  /** A part's new content: text (without a byte-order mark), or the exact bytes (or the original's, edited at their start). */
  set(path: string, data: string | Buffer | HeadEdit): void {
    this.writes.set(key(path), { path: path.replace(/^\//, ""), data });
  }

  remove(path: string): void {
    if (this.has(path)) this.writes.set(key(path), { path: path.replace(/^\//, ""), data: null });
  }

  /** Every part name, staged additions included. */
  paths(): string[] {
    const names = this.pkg.paths().filter((p) => this.has(p));
    for (const [k, w] of this.writes) if (w.data !== null && !this.pkg.has(k)) names.push(w.path);
    return names;
  }

  /** Writes every staged edit into the package; returns the parts changed. */
  flush(): string[] {
    const changed: string[] = [];
    for (const { path, data } of this.writes.values()) {
      if (data === null) this.pkg.remove(path);
      else if (data instanceof HeadEdit) {
        if (data.unchanged()) continue;
        this.pkg.set(path, data);
      } else if (typeof data !== "string") {
        const before = this.pkg.has(path) ? this.pkg.bytes(path) : undefined;
        if (before !== undefined && before.equals(data)) continue;
        this.pkg.set(path, data);
      } else if (this.pkg.text(path) !== data) {
        this.pkg.set(path, hasBom(this.pkg.has(path) ? this.pkg.bytes(path) : undefined) ? `\uFEFF${data}` : data);
      } else continue;
      changed.push(path);
    }
    this.writes.clear();
    return changed;
  }
}
