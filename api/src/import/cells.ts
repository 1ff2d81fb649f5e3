/**
 * Reading one CSV cell as the model property it fills. The kinds come from the model's zod
 * schemas, so a new property is importable without touching this file.
 */
import type { z } from 'zod';

export type CellKind = 'text' | 'enum' | 'list' | 'enumList' | 'bool' | 'nullableBool' | 'date';

interface ZodInternals {
  _zod: { def: { type: string; innerType?: ZodInternals; in?: ZodInternals; element?: ZodInternals } };
}

function unwrap(schema: ZodInternals): { type: string; nullable: boolean; element?: ZodInternals } {
  let current = schema;
  let nullable = false;
  for (;;) {
    const def = current._zod.def;
    if ((def.type === 'nullable' || def.type === 'optional') && def.innerType) {
      nullable = true;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) current = def.in;
    else return def.element ? { type: def.type, nullable, element: def.element } : { type: def.type, nullable };
  }
}

export function cellKind(schema: z.ZodType): CellKind {
  const { type, nullable, element } = unwrap(schema as unknown as ZodInternals);
  switch (type) {
    case 'boolean':
      return nullable ? 'nullableBool' : 'bool';
    case 'enum':
      return 'enum';
    case 'array':
      return element && unwrap(element).type === 'enum' ? 'enumList' : 'list';
    default:
      return 'text';
  }
}

const TRUE = new Set(['true', 'ja', 'yes', 'sant', '1']);
const FALSE = new Set(['false', 'nej', 'no', 'falskt', '0']);

/** The value for the model, or an Error saying what is wrong with the cell. */
export function readCell(kind: CellKind, raw: string): unknown {
  const cell = raw.trim();
  switch (kind) {
    case 'text':
    case 'date':
      return cell === '' ? null : cell;
    case 'enum':
      // Enum values are written in capitals, but a hub typing "member" means MEMBER.
      return cell === '' ? null : cell.toUpperCase().replace(/[\s-]+/g, '_');
    case 'list':
      return splitList(cell);
    case 'enumList':
      return splitList(cell).map((v) => v.toUpperCase().replace(/[\s-]+/g, '_'));
    case 'bool':
    case 'nullableBool': {
      if (cell === '') return kind === 'bool' ? false : null;
      const lower = cell.toLowerCase();
      if (TRUE.has(lower)) return true;
      if (FALSE.has(lower)) return false;
      return new Error(`"${cell}" is not true or false`);
    }
    default: {
      const never: never = kind;
      return never;
    }
  }
}

export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
