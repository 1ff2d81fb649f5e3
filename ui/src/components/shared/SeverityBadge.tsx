import type { Severity } from './vocabulary';
import './shared.css';

/**
 * A severity as text with a shape (▲ ● ▽) and a colour: never colour alone, so it reads in
 * grayscale, on a projector and to a screen reader ("Allvarlighet: Hög").
 */
const SHAPES: Record<Severity, string> = { HIGH: '▲', MEDIUM: '●', LOW: '▽' };

export function SeverityBadge({ severity, label, prefix }: { readonly severity: Severity; readonly label: string; readonly prefix: string }) {
  return (
    <span className={`severity severity--${severity.toLowerCase()}`}>
      <span aria-hidden="true" className="severity__shape">{SHAPES[severity]}</span>
      <span className="visually-hidden">{prefix} </span>
      {label}
    </span>
  );
}
