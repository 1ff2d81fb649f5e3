import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteClass } from './classify';
import { ContactChannels } from '../map/ContactChannels';
import { LevelBadge } from './LevelBadge';
import type { Route } from './queries';
import { StepItem } from './StepItem';

/** One route, step by step, headed by how strong it is. */
export function RouteCard({ route, verdict, n }: { readonly route: Route; readonly verdict: RouteClass; readonly n: number }) {
  const { t } = useTranslation('chains');
  const headingId = useId();
  const destination = route.actors.length > 1 ? route.actors[route.actors.length - 1] : undefined;
  return (
    <article className={`route route--${verdict.level}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('routes.route', { n, steps: t('routes.steps', { count: route.hops }) })}{' '}
        <LevelBadge level={verdict.level} label={t(`level.${verdict.level}`)} />
      </h3>
      <ol className="steps">
        {route.referrals.map((step, index) => {
          const from = route.actors[index];
          const to = route.actors[index + 1];
          const stepClass = verdict.steps[index];
          if (from === undefined || to === undefined || stepClass === undefined) return null;
          return (
            <StepItem
              key={step.id}
              step={step}
              from={from}
              to={to}
              stepClass={stepClass}
              weakest={verdict.level !== 'ok' && verdict.weakestStep === index && route.referrals.length > 1}
            />
          );
        })}
      </ol>
      {destination === undefined ? null : <ContactChannels channels={destination} name={destination.name} />}
    </article>
  );
}
