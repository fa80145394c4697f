/**
 * Files this run must not leave behind (its lock, its temporary file), removed when the run is
 * interrupted (Ctrl+C, `kill`) as well as on every normal path. SIGKILL cannot be caught: the
 * next run removes what a killed run left (see `removeLeftTemps` and the lock's owner check).
 */
import { rmSync } from "fs";

const pending = new Set<string>();
let installed = false;

function removeAll(): void {
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const) {
    process.once(signal, () => {
      removeAll();
      process.exit(code);
    });
  }
  process.once("exit", removeAll);
}

/** Registers `file` for removal on interruption; the returned function unregisters it. */
export function removeOnExit(file: string): () => void {
  install();
  pending.add(file);
  return () => void pending.delete(file);
}
