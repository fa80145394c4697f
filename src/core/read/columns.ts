/**
 * Tables: a header row at the top of the named range, columns found by their header text in
 * English, French or Spanish, in any order. Extra columns are ignored.
 */
import type { Area, ReadContext } from "./context";
import { fold, isBlank } from "./text";

export interface ColumnSpec {
  /** The English header, quoted in problems (`params.header`). */
  readonly header: string;
  /** Headers the SPEC names, quoted as what was expected (`params.expected`). */
  readonly names: readonly string[];
  /** Further spellings users type, accepted but not advertised. */
  readonly alsoAccepted?: readonly string[];
  readonly required: boolean;
}

/** Column index per key, -1 for an optional column the table does not have. */
export type Columns<K extends string> = Readonly<Record<K, number>>;

/**
 * Finds each column in the header row. Records `headerMissing` / `headerDuplicate` and
 * returns null when the table cannot be read as a whole.
 */
export function resolveColumns<K extends string>(ctx: ReadContext, area: Area, specs: Readonly<Record<K, ColumnSpec>>): Columns<K> | null {
  const keys = Object.keys(specs) as K[];
  const byFolded = new Map<string, K>();
  for (const key of keys) {
    const spec = specs[key];
    for (const text of [...spec.names, ...(spec.alsoAccepted ?? [])]) byFolded.set(fold(text), key);
  }

  const columns = {} as Record<K, number>;
  for (const key of keys) columns[key] = -1;
  let ok = true;
  const header = area.row(0);
  for (let c = 0; c < area.cols; c++) {
    const value = header[c];
    if (isBlank(value) || (typeof value !== "string" && typeof value !== "number")) continue;
    const key = byFolded.get(fold(String(value)));
    if (key === undefined) continue;
    if (columns[key] === -1) {
      columns[key] = c;
    } else {
      ctx.log.error(area.name, area.cell(0, c), "headerDuplicate", {
        header: specs[key].header,
        found: area.shown(0, c),
      });
      ok = false;
    }
  }
  const headerRow = area.blockAddress(0, 0, 1, Math.max(area.cols, 1));
  for (const key of keys) {
    if (columns[key] !== -1 || !specs[key].required) continue;
    ctx.log.error(area.name, headerRow, "headerMissing", {
      header: specs[key].header,
      expected: specs[key].names.join(" / "),
    });
    ok = false;
  }
  return ok ? columns : null;
}

/** True when every recognised column of the row is blank: such rows are spacing, not data. */
export function isBlankRow(area: Area, row: number, used: readonly number[]): boolean {
  const values = area.row(row);
  for (let i = 0; i < used.length; i++) if (!isBlank(values[used[i]])) return false;
  return true;
}

/** Indices of the columns that were found, for `isBlankRow`. */
export function usedColumns<K extends string>(columns: Columns<K>): number[] {
  return (Object.values(columns) as number[]).filter((c) => c >= 0);
}

/** The SPEC's header names, one table per input. */
export const HEADERS = {
  cashFlow: {
    quarter: { header: "Quarter", names: ["Quarter", "Trimestre"], required: true },
    inflows: { header: "Inflows", names: ["Inflows", "Entrées", "Ingresos"], required: true },
    outflows: { header: "Outflows", names: ["Outflows", "Sorties", "Egresos"], required: true },
  },
  roster: {
    organisation: {
      header: "Organisation",
      names: ["Organisation", "Organization", "Organización"],
      alsoAccepted: ["Organizacion", "Member", "Membre", "Miembro"],
      required: true,
    },
    tier: { header: "Tier", names: ["Tier", "Niveau", "Nivel"], required: true },
    joined: {
      header: "Joined",
      names: ["Joined", "Date d'adhésion", "Fecha de adhesión"],
      alsoAccepted: ["Date joined", "Joined on", "Join date", "Adhésion", "Adhesión", "Fecha de alta"],
      required: true,
    },
    left: {
      header: "Left",
      names: ["Left", "Date de départ", "Fecha de baja"],
      alsoAccepted: ["Date left", "Left on", "Leave date", "Départ", "Baja"],
      required: true,
    },
    annualFee: {
      header: "Annual fee",
      names: ["Annual fee", "Cotisation annuelle", "Cuota anual"],
      required: false,
    },
  },
  costs: {
    service: { header: "Service", names: ["Service", "Servicio"], required: true },
    current: {
      header: "Current cost",
      names: ["Current cost", "Coût actuel", "Costo actual"],
      alsoAccepted: ["Coste actual"],
      required: true,
    },
    historical: {
      header: "Historical average",
      names: ["Historical average", "Moyenne historique", "Promedio histórico"],
      required: true,
    },
  },
  external: {
    id: { header: "ID", names: ["ID"], alsoAccepted: ["Identifiant", "Identificador"], required: true },
    factor: { header: "Factor", names: ["Factor", "Facteur"], required: false },
    assessment: { header: "Assessment", names: ["Assessment", "Évaluation", "Evaluación"], required: true },
    evidence: { header: "Evidence", names: ["Evidence", "Justification", "Justificación"], required: true },
  },
  settings: {
    key: { header: "Key", names: ["Key", "Clé", "Clave"], alsoAccepted: ["Setting", "Paramètre", "Parámetro"], required: true },
    value: { header: "Value", names: ["Value", "Valeur", "Valor"], required: true },
  },
} as const satisfies Record<string, Record<string, ColumnSpec>>;
