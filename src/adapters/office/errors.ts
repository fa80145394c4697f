/**
 * Office.js failures turned into codes the faces (ribbon command, task pane) translate. The
 * adapter owns no sentences: `detail` is diagnostic text (a sheet name, Excel's own code and
 * message). Excel's failures are told apart by `error.code` and by the operation that failed,
 * never by the message text, which Excel writes in the user's language.
 *
 * The codes are those Microsoft lists in "Error handling with the application-specific
 * JavaScript APIs" (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
 * AccessDenied, ApiNotFound, BadPassword, InvalidOperation, InvalidOperationInCellEditMode,
 * ItemAlreadyExists, NotImplemented, ResponsePayloadSizeLimitExceeded, UnsupportedOperation...
 * Which code Excel gives in each of our situations is not documented: see ./undocumented.ts.
 */

import type { WrittenPart } from "../../core/failure-text";

export type AdapterErrorCode =
  /** The user is typing in a cell: Excel refuses every API write until they press Enter or Esc. */
  | "cellEditMode"
  /** A sheet the add-in must write is protected (status cells on a user's protected sheet). */
  | "sheetProtected"
  /** A protected sheet could not be unprotected: someone protected it with a password. */
  | "sheetPassword"
  /** The workbook is open read-only (view mode, a read-only file): nothing can be written. */
  | "readOnly"
  /** The workbook's structure is protected: the add-in cannot add its sheets. */
  | "structureProtected"
  /** This Excel does not implement an operation the add-in asked for. */
  | "notImplemented"
  /** Excel refused the operation in its present state (a dialog or an edit in progress...). */
  | "invalidOperation"
  /** A read larger than Excel sends in one response (5 MB on the web). */
  | "tooLarge"
  /** The host lacks an API the operation cannot do without. */
  | "apiNotSupported"
  /** `create` of a sheet that already exists (the Inputs template). */
  | "sheetExists"
  /** A summary/log sheet that the add-in did not create (no ownership name points at it). */
  | "sheetNotOwned"
  /** Everything was written except the notes, which this Excel refused. */
  | "notesFailed"
  /** Calculation is Manual and the workbook could not be calculated before reading. */
  | "calculationManual"
  | "unknown";

/** What the add-in was doing when Excel failed: the same code means different things per operation. */
export type Operation = "read" | "calculate" | "unprotect" | "write" | "sheets" | "names" | "tables" | "print" | "notes" | "protect";

/** A part of the workbook one write step changes; a failure says which parts were written. */
export type WritePart = WrittenPart;

export class AdapterError extends Error {
  override readonly name = "AdapterError";
  constructor(
    readonly code: AdapterErrorCode,
    readonly detail: string,
    /** The parts completely written before the failure (empty: the workbook is as it was). */
    readonly written: readonly WritePart[] = [],
    /** The parts the write meant to make and did not. */
    readonly missing: readonly WritePart[] = [],
  ) {
    super(`${code}: ${detail}`);
  }
}

export function isAdapterError(error: unknown): error is AdapterError {
  return error instanceof AdapterError;
}

/** Codes that mean the same whatever the operation. */
const ANY_OPERATION: Readonly<Record<string, AdapterErrorCode>> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  ApiNotFound: "apiNotSupported",
  UnsupportedOperation: "apiNotSupported",
  ItemAlreadyExists: "sheetExists",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  InvalidOperation: "invalidOperation",
  NotImplemented: "notImplemented",
};

/** Codes whose meaning depends on what was being done. */
const BY_OPERATION: Readonly<Partial<Record<Operation, Readonly<Record<string, AdapterErrorCode>>>>> = {
  // unprotect() without a password on a sheet protected with one.
  unprotect: { AccessDenied: "sheetPassword", BadPassword: "sheetPassword" },
  protect: { AccessDenied: "sheetProtected" },
  write: { AccessDenied: "sheetProtected" },
  print: { AccessDenied: "sheetProtected" },
  tables: { AccessDenied: "sheetProtected" },
  sheets: { AccessDenied: "structureProtected" },
  names: { AccessDenied: "readOnly" },
  notes: { AccessDenied: "sheetProtected", NotImplemented: "notesFailed", InvalidOperation: "notesFailed", ApiNotFound: "notesFailed" },
  calculate: { AccessDenied: "calculationManual", InvalidOperation: "calculationManual", NotImplemented: "calculationManual" },
};

/** `Code: message` for diagnostics: Excel's message is shown as it came, never interpreted. */
function describe(code: unknown, message: string): string {
  return typeof code === "string" && code !== "" ? `${code}: ${message}` : message;
}

/**
 * Any thrown value → an AdapterError (kept when it already is one). `operation` says what was
 * being done; `written` the parts completed before it failed, `missing` those not written.
 */
export function toAdapterError(
  error: unknown,
  operation: Operation = "read",
  written: readonly WritePart[] = [],
  missing: readonly WritePart[] = [],
): AdapterError {
  if (isAdapterError(error))
    return new AdapterError(
      error.code,
      error.detail,
      error.written.length > 0 ? error.written : written,
      error.missing.length > 0 ? error.missing : missing,
    );
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === "string" ? message : String(error);
    if (typeof code === "string") {
      const mapped = BY_OPERATION[operation]?.[code] ?? ANY_OPERATION[code];
      if (mapped) return new AdapterError(mapped, describe(code, text), written, missing);
    }
    return new AdapterError("unknown", describe(code, text), written, missing);
  }
  return new AdapterError("unknown", String(error), written, missing);
}
