/**
 * Office.js failures turned into codes the faces (ribbon command, task pane) translate. The
 * adapter owns no sentences: `detail` is diagnostic text (a sheet name, Excel's own message).
 */

export type AdapterErrorCode =
  /** The user is typing in a cell: Excel refuses every API write until they press Enter or Esc. */
  | "cellEditMode"
  /** A sheet the add-in must write is protected (status cells on a user's protected sheet). */
  | "sheetProtected"
  /** The host lacks an API the operation cannot do without. */
  | "apiNotSupported"
  /** `create` of a sheet that already exists (the Inputs template). */
  | "sheetExists"
  /** A summary/log sheet that the add-in did not create (no ownership name points at it). */
  | "sheetNotOwned"
  | "unknown";

export class AdapterError extends Error {
  override readonly name = "AdapterError";
  constructor(
    readonly code: AdapterErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

export function isAdapterError(error: unknown): error is AdapterError {
  return error instanceof AdapterError;
}

/** Office.js error codes (`OfficeExtension.Error.code`) and what they mean to the user. */
const OFFICE_CODES: Readonly<Record<string, AdapterErrorCode>> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  // Excel answers AccessDenied to writes on a protected sheet and to unprotect() with a password.
  AccessDenied: "sheetProtected",
  ApiNotFound: "apiNotSupported",
  UnsupportedOperation: "apiNotSupported",
  ItemAlreadyExists: "sheetExists",
};

/** Any thrown value → an AdapterError (kept as is when it already is one). */
export function toAdapterError(error: unknown): AdapterError {
  if (isAdapterError(error)) return error;
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === "string" ? message : String(error);
    if (typeof code === "string" && code in OFFICE_CODES) return new AdapterError(OFFICE_CODES[code], text);
    // Cell-edit mode also arrives as the generic InvalidOperation (office-js issues); only its
    // message tells it apart from other refusals, and only in English.
    if (code === "InvalidOperation" && /edit/i.test(text)) return new AdapterError("cellEditMode", text);
    return new AdapterError("unknown", typeof code === "string" ? `${code}: ${text}` : text);
  }
  return new AdapterError("unknown", String(error));
}
