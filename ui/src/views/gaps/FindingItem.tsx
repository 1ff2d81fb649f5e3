import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SeverityBadge } from '../../components/shared/SeverityBadge';
import { FindingDetails } from './FindingDetails';
import { splitExplanation } from './group';
import type { Finding } from './queries';

interface FindingItemProps {
  readonly finding: Finding;
  readonly open: boolean;
  readonly onToggle: (id: string) => void;
}

/**
 * A finding in its list: severity, its first sentence as a button that opens the details, the
 * concept, how many variants it stands for and, for something to fill in, the missing fact.
 */
export function FindingItem({ finding, open, onToggle }: FindingItemProps) {
  const { t } = useTranslation('gaps');
  const { title, rest } = splitExplanation(finding.explanation);
  const detailsId = `finding-${finding.id}`;
  const item = useRef<HTMLLIElement>(null);
  const openAtMount = useRef(open);
  useEffect(() => {
    // A shared link opens a finding that may be far down the page: bring it into view once.
    if (openAtMount.current) item.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <li ref={item} className={open ? 'finding finding--open' : 'finding'}>
      <div className="finding-head">
        <SeverityBadge severity={finding.severity} label={t(`severity.${finding.severity}`)} prefix={t('severityPrefix')} />
        <button type="button" className="link-button finding-title" aria-expanded={open} aria-controls={detailsId} onClick={() => onToggle(finding.id)}>
          {title}
        </button>
        <span className="tag">{t(`concepts.${finding.concept}`)}</span>
        {finding.variants.length > 0 ? <span className="tag tag--variants">{t('finding.variantCount', { count: finding.variants.length })}</span> : null}
      </div>
      {finding.missingField ? <p className="missing-field">{t('finding.missingFieldLine', { field: finding.missingField })}</p> : null}
      {open ? <FindingDetails id={detailsId} finding={finding} rest={rest} onClose={() => onToggle(finding.id)} /> : null}
    </li>
  );
}
