/**
 * The routes from one actor as a left-to-right path diagram, in the map's grammar: a solid arrow
 * for a step that works, dotted for a weak one (informal or without an adopted routine), dashed
 * grey for a planned one, red with ✕ where it breaks, and a dashed ghost box where the next step
 * is missing. The route cards below say the same in words (this picture is their illustration).
 */
import { useTranslation } from 'react-i18next';
import { classifyRoute, sortRoutes, type StepLevel } from './classify';
import type { Route } from './queries';

const BOX = { width: 180, height: 44 };
const GAP = 70;
const ROW = 64;
const MAX_ROWS = 8;
const STROKE: Record<StepLevel, { colour: string; dash: string; width: number }> = {
  ok: { colour: '#1f6e43', dash: '', width: 3 },
  weak: { colour: '#8a5a00', dash: '2 5', width: 3 },
  planned: { colour: '#5b6470', dash: '8 6', width: 2.5 },
  broken: { colour: '#b22222', dash: '', width: 3.5 },
};

const fit = (name: string) => (name.length > 24 ? `${name.slice(0, 23)}…` : name);

export function RouteDiagram({ fromName, routes }: { fromName: string; routes: readonly Route[] }) {
  const { t } = useTranslation('chains');
  const rows = sortRoutes(routes).slice(0, MAX_ROWS);
  const columns = Math.max(2, ...rows.map(({ route }) => route.actors.length));
  const width = columns * BOX.width + (columns - 1) * GAP + 8;
  const height = Math.max(1, rows.length) * ROW + 8;
  const x = (column: number) => 4 + column * (BOX.width + GAP);
  const box = (key: string, column: number, row: number, label: string, ghost = false) => (
    <g key={key} transform={`translate(${x(column)}, ${4 + row * ROW})`}>
      <rect width={BOX.width} height={BOX.height} rx={6} fill={ghost ? '#ffffff' : '#eef2f6'} stroke={ghost ? '#5b6470' : '#1b1f24'} strokeWidth={ghost ? 2.5 : 1.5} strokeDasharray={ghost ? '6 4' : undefined} />
      <text x={BOX.width / 2} y={BOX.height / 2 + 5} textAnchor="middle" fontSize={13} fontStyle={ghost ? 'italic' : undefined} fontWeight={ghost ? 700 : 500} fill="#1b1f24">{fit(label)}</text>
    </g>
  );
  return (
    <figure className="route-diagram">
      <figcaption className="visually-hidden">{t('diagram.heading')}</figcaption>
      <div className="route-diagram-scroll" tabIndex={0} role="group" aria-label={t('diagram.heading')}>
        <svg role="img" aria-label={t('diagram.label', { from: fromName, count: routes.length })} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          {rows.length === 0 ? [box('from', 0, 0, fromName), box('ghost', 1, 0, t('diagram.missing'), true),
            <line key="ghost-line" x1={x(0) + BOX.width} y1={4 + BOX.height / 2} x2={x(1)} y2={4 + BOX.height / 2} stroke="#5b6470" strokeWidth={2.5} strokeDasharray="8 6" />] : null}
          {rows.map(({ route }, row) => {
            const verdict = classifyRoute(route);
            const y = 4 + row * ROW + BOX.height / 2;
            return (
              <g key={route.referrals.map((r) => r.id).join('>')}>
                {route.referrals.map((step, i) => {
                  const level = verdict.steps[i]?.level ?? 'ok';
                  const style = STROKE[level];
                  const x1 = x(i) + BOX.width;
                  const x2 = x(i + 1) - 6;
                  return (
                    <g key={step.id}>
                      <line x1={x1} y1={y} x2={x2} y2={y} stroke={style.colour} strokeWidth={style.width} strokeDasharray={style.dash || undefined} />
                      <path d={`M ${x2} ${y - 6} L ${x2 + 6} ${y} L ${x2} ${y + 6} Z`} fill={style.colour} />
                      {level === 'broken' ? <text x={(x1 + x2) / 2} y={y + 7} textAnchor="middle" fontSize={22} fontWeight={700} fill={style.colour} stroke="#ffffff" strokeWidth={4} paintOrder="stroke">✕</text> : null}
                    </g>
                  );
                })}
                {route.actors.map((actor, i) => box(`${actor.id}-${i}`, i, row, actor.name))}
              </g>
            );
          })}
        </svg>
      </div>
      {routes.length > MAX_ROWS ? <p className="meta">{t('diagram.more', { count: routes.length - MAX_ROWS })}</p> : null}
    </figure>
  );
}
