/**
 * Text that fits the terminal. Widths are counted in code points, so accented letters and the
 * no-break spaces of French figures count once; lines break only at ordinary spaces (a no-break
 * space keeps `68 members` or `492 801 USD` together), and a word longer than the line is cut.
 */

/** Terminals narrower than this get this width anyway: below it nothing reads well. */
export const MIN_WIDTH = 40;
export const DEFAULT_WIDTH = 80;

/**
 * `COLUMNS` when it is set (an integer, at least `MIN_WIDTH`); else the terminal's own width
 * when stdout is one; else 80.
 */
export function outputWidth(env: Readonly<Record<string, string | undefined>>, terminalColumns?: number): number {
  const set = env.COLUMNS;
  if (set !== undefined && set.trim() !== "") {
    return /^\s*\d+\s*$/.test(set) ? Math.max(MIN_WIDTH, Number(set)) : DEFAULT_WIDTH;
  }
  return terminalColumns !== undefined && Number.isInteger(terminalColumns) && terminalColumns > 0
    ? Math.max(MIN_WIDTH, terminalColumns)
    : DEFAULT_WIDTH;
}

export const textWidth = (text: string): number => [...text].length;

/** Cuts a word that cannot fit on a line of `size` into pieces that do. */
function cut(word: string, size: number): string[] {
  const chars = [...word];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += size) pieces.push(chars.slice(i, i + size).join(""));
  return pieces;
}

/**
 * `text` in lines of at most `first` characters for the first line and `rest` for the others.
 * Runs of ordinary spaces between words become one break or one space.
 */
export function wrapWords(text: string, first: number, rest = first): string[] {
  const words = text.split(/ +/).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  const limit = (): number => Math.max(1, lines.length === 0 ? first : rest);
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (textWidth(candidate) <= limit()) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    line = "";
    let pieces = [word];
    while (textWidth(pieces[pieces.length - 1]) > limit()) {
      const last = pieces.pop()!;
      const [head, ...tail] = cut(last, limit());
      lines.push(...pieces, head);
      pieces = [tail.join("")];
    }
    line = pieces[0];
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * One line of output fitted to `width`: its leading spaces are kept, and its continuation lines
 * are indented `hang` further so each item stays recognisable (a problem, an option of the help).
 */
export function fitLine(line: string, width: number, hang = 2): string[] {
  if (textWidth(line) <= width) return [line];
  const indent = /^ */.exec(line)![0].length;
  const body = line.slice(indent);
  const under = Math.min(indent + hang, Math.floor(width / 2));
  return wrapWords(body, width - indent, width - under).map((text, i) => " ".repeat(i === 0 ? indent : under) + text);
}

/** Every line of `text` fitted to `width`. */
export function fitText(text: string, width: number, hang = 2): string {
  return text
    .split("\n")
    .flatMap((line) => fitLine(line, width, hang))
    .join("\n");
}
