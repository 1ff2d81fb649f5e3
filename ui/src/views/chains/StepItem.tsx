import { useTranslation } from 'react-i18next';
import { ViewLink } from '../../components/shared/ViewLink';
import type { StepClass } from './classify';
import type { ActorRef, Step } from './queries';

interface StepItemProps {
  readonly step: Step;
  readonly from: ActorRef;
  readonly to: ActorRef;
  readonly stepClass: StepClass;
  /** Marks the step that makes a longer route weak. */
  readonly weakest: boolean;
}

/** One handover: who to whom, what is wrong with it (each issue named), and its facts. */
export function StepItem({ step, from, to, stepClass, weakest }: StepItemProps) {
  const { t, i18n } = useTranslation('chains');
  const lang = i18n.language;
  const actor = (a: ActorRef, other: ActorRef) => (
    <>
      <ViewLink view="map" params={new URLSearchParams({ select: a.id })} lang={lang} aria-label={t('routes.showOnMap', { name: a.name })}>{a.name}</ViewLink>
      {/* The area only when the handover crosses a border: that is when it matters. */}
      {a.area && other.area && a.area.id !== other.area.id ? <span className="meta"> ({a.area.name})</span> : null}
    </>
  );
  return (
    <li className={`step step--${stepClass.level}`}>
      <p className="step-handover">
        {actor(from, to)} <span aria-hidden="true">→</span>
        <span className="visually-hidden"> {t('step.handsOverTo')} </span> {actor(to, from)}
      </p>
      {stepClass.issues.length > 0 || weakest ? (
        <ul className="step-issues">
          {weakest ? <li className="issue issue--weakest">{t('step.weakest')}</li> : null}
          {stepClass.issues.map((issue) => <li key={issue} className={`issue issue--${issue}`}>{t(`issues.${issue}`)}</li>)}
        </ul>
      ) : null}
      <dl className="step-facts">
        <div><dt>{t('step.trigger')}</dt><dd>{t(`triggers.${step.trigger}`)}</dd></div>
        <div><dt>{t('step.kind')}</dt><dd>{t(`referralKinds.${step.kind}`)}</dd></div>
        <div><dt>{t('step.status')}</dt><dd>{t(`referralStatuses.${step.status}`)}</dd></div>
        <div><dt>{t('step.phase')}</dt><dd>{step.phase ? t(`phases.${step.phase}`) : t('step.noPhase')}</dd></div>
        <div>
          <dt>{t('step.routine')}</dt>
          <dd>{step.routine ? t('step.routineWithStatus', { name: step.routine.name, status: t(`routineStatuses.${step.routine.status}`) }) : t('step.noRoutine')}</dd>
        </div>
      </dl>
    </li>
  );
}
