/** Shared strings and inline rich text: the plain text of `<si>` / `<is>` items. */
import type { XlsxPackage } from "../package";
import { localName, scanPart } from "./xml";

const ESCAPED_CHARACTER = /_x([0-9A-Fa-f]{4})_/g;

/**
 * OOXML writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return), and
 * a literal `_x` as `_x005F_x`.
 */
export function unescapeOoxmlText(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of one string item (`<si>` or `<is>`): its `<t>` and the `<t>` of its rich
 * text runs, without phonetic guides (`<rPh>`), which Excel does not show in the cell.
 */
export class StringItemText {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === "rPh") this.phonetic++;
    else if (name === "t" && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === "rPh") this.phonetic--;
    else if (name === "t") this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  take(): string {
    const joined = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.inText = false;
    this.phonetic = 0;
    return unescapeOoxmlText(joined);
  }
}

/**
 * The shared strings up to index `lastNeeded` (the scan stops there: the cells read rarely use
 * the whole table).
 */
export function readSharedStrings(pkg: XlsxPackage, part: string | undefined, lastNeeded: number): string[] {
  const strings: string[] = [];
  if (!part || lastNeeded < 0) return strings;
  const item = new StringItemText();
  let inItem = false;
  scanPart(
    pkg,
    part,
    {
      open(tag) {
        const name = localName(tag.name);
        if (name === "si") inItem = true;
        else if (inItem) item.open(name);
      },
      close(qualified) {
        const name = localName(qualified);
        if (name === "si") {
          inItem = false;
          strings.push(item.take());
        } else if (inItem) item.close(name);
      },
      text(text) {
        if (inItem) item.text(text);
      },
    },
    () => strings.length > lastNeeded,
  );
  return strings;
}
