/**
 * Who a process is, beyond its PID (which the system reuses): its start time in clock ticks
 * since boot and the boot it belongs to, read from Linux's /proc (proc(5): /proc/[pid]/stat
 * field 22 `starttime`, /proc/sys/kernel/random/boot_id). Elsewhere both are null and a PID
 * alone has to do.
 */
import { readFileSync } from "fs";

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** The boot this machine is in: a lock written before a reboot belongs to no running process. */
export function bootId(): string | null {
  return readText("/proc/sys/kernel/random/boot_id")?.trim() || null;
}

/** Start time of `pid` in clock ticks since boot; null when unknown (no /proc, or no such process). */
export function startTicks(pid: number): number | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === null) return null;
  // The command name (field 2) is in parentheses and may itself hold spaces or ')'.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[19]);
  return Number.isSafeInteger(ticks) ? ticks : null;
}

/**
 * When `pid` started, in ms since the epoch: boot time (/proc/stat `btime`) plus its start ticks.
 * USER_HZ, the unit of those ticks, is 100 on every Linux architecture Node runs on.
 */
export function startedAtMs(pid: number): number | null {
  const ticks = startTicks(pid);
  const btime = /^btime (\d+)$/m.exec(readText("/proc/stat") ?? "");
  return ticks === null || !btime ? null : Number(btime[1]) * 1000 + ticks * 10;
}

/** Whether any process has this PID (EPERM: it exists but belongs to another user). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether `pid` runs Node (the program this command runs in); null when it cannot be told. */
export function runsNode(pid: number): boolean | null {
  const cmdline = readText(`/proc/${pid}/cmdline`);
  if (cmdline === null) return null;
  const program = cmdline.split("\0")[0] ?? "";
  return /node(js)?(\.exe)?$|electron/i.test(program.split("/").pop() ?? "");
}
