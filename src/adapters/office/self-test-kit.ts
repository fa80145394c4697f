/** What the self-test's checks share: the check's shape and how a mismatch is reported. */
import type { ApiFeature } from "./support";

/** Runs a batch: `Excel.run` in Excel, a given runner in tests. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class Mismatch extends Error {}

export function expectEqual(what: string, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Mismatch(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function errorText(error: unknown): string {
  if (error instanceof Mismatch) return error.message;
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === "string" ? message : String(error);
    return typeof code === "string" ? `${code}: ${text}` : text;
  }
  return String(error);
}

export interface Check {
  readonly id: string;
  readonly feature: ApiFeature;
  readonly run: (context: Excel.RequestContext) => Promise<void>;
}

export const base = (set: string, member: string): ApiFeature => ({ set, member });
