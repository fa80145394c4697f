/**
 * What the command prints, made safe for the terminal it lands in: control characters from
 * the user's cells (Excel stores ESC as `_x001B_`) could retitle, recolour or clear the
 * screen, so they are stripped from words and escaped in JSON; and a stdout that cannot be
 * written (a closed pipe, a full disk) ends the run with one sentence and exit 2, never a stack trace.
 */
import type { Language } from "../core";
import { cliText } from "../core/i18n/cli-catalogue";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  /** The terminal's width when stdout is one; `COLUMNS` wins over it (see `outputWidth`). */
  readonly columns?: number;
}

/** C0 controls but tab and newline, DEL, and the C1 controls (U+009B is a one-character CSI). */
// eslint-disable-next-line no-control-regex -- matching control characters is this line's purpose
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, "");
}

/**
 * JSON keeps the text the cell holds: JSON.stringify already escapes C0 controls, and this
 * escapes the rest (DEL, C1), which it leaves raw. Only string contents can hold them.
 */
export function escapeControls(json: string): string {
  return json.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Every line through `stripControls`: the last guard, whatever a message quotes. */
export function terminalSafe(io: CliIo): CliIo {
  return { ...io, stdout: (text) => io.stdout(stripControls(text)), stderr: (text) => io.stderr(stripControls(text)) };
}

/** The reason of a failed write, in words a user can act on. */
function writeReason(code: string | undefined): "output.closed" | "output.full" | "output.failed" {
  if (code === "EPIPE" || code === "ERR_STREAM_DESTROYED") return "output.closed";
  if (code === "ENOSPC" || code === "EDQUOT") return "output.full";
  return "output.failed";
}

/**
 * The process's own streams. A stdout write error arrives as an event, possibly after the run
 * finished: it is said once on stderr, later writes are dropped, and the exit code becomes 2.
 */
export function processIo(language: () => Language): CliIo {
  let failed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (failed) return;
    failed = true;
    process.exitCode = 2;
    process.stderr.write(`${cliText(language(), writeReason(error.code), { reason: error.code ?? error.message })}\n`);
  });
  // Nothing is left to tell the user when stderr itself is gone.
  process.stderr.on("error", () => undefined);
  return {
    stdout: (text) => {
      if (!failed) process.stdout.write(`${text}\n`);
    },
    stderr: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    now: () => new Date(),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}
