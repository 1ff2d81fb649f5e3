import type { StepLevel } from './classify';

/** A shape with the text, so "broken" and "works" differ without colour: ✓ works, ! weak, ◷ planned, ✕ broken. */
const SHAPES: Record<StepLevel, string> = { ok: '✓', weak: '!', planned: '◷', broken: '✕' };

export function LevelBadge({ level, label }: { readonly level: StepLevel; readonly label: string }) {
  return (
    <span className={`level level--${level}`}>
      <span aria-hidden="true" className="level__shape">{SHAPES[level]}</span>
      {label}
    </span>
  );
}
