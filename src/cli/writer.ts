/**
 * The package writer, and the check of a saved copy, loaded by the runs that write: a read-only
 * evaluation (and `--help`, `--version`) does without them and the XML library they edit parts
 * with, which is a good part of the command's start-up time.
 */
import type * as Write from "../adapters/xlsx/write";
import type { verifySavedPackage } from "../adapters/xlsx/verify";
import type { XmlPartError } from "../adapters/xlsx/write/dom";

export type Writer = typeof Write & {
  readonly verifySavedPackage: typeof verifySavedPackage;
  readonly XmlPartError: typeof XmlPartError;
};

let loading: Promise<Writer> | undefined;

export function loadWriter(): Promise<Writer> {
  loading ??= Promise.all([import("../adapters/xlsx/write"), import("../adapters/xlsx/verify"), import("../adapters/xlsx/write/dom")]).then(
    ([write, verify, dom]) => ({ ...write, verifySavedPackage: verify.verifySavedPackage, XmlPartError: dom.XmlPartError }),
  );
  return loading;
}
