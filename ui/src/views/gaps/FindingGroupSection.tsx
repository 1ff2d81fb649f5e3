import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingKind } from '../../components/shared/vocabulary';
import { groupAnchor } from './anchors';
import { FindingItem } from './FindingItem';
import { FIRST_SHOWN, MORE_SHOWN, visibleFindings } from './group';
import type { Finding } from './queries';

interface FindingGroupSectionProps {
  readonly kind: FindingKind;
  readonly findings: readonly Finding[];
  readonly openId: string | undefined;
  readonly onToggle: (id: string) => void;
}

/** One kind of finding: a heading with the count, what the kind means, the most serious first. */
export function FindingGroupSection({ kind, findings, openId, onToggle }: FindingGroupSectionProps) {
  const { t } = useTranslation('gaps');
  // How many are shown is a reading aid, not a filter: it stays out of the URL.
  const [limit, setLimit] = useState(FIRST_SHOWN);
  const shown = visibleFindings(findings, limit, openId);
  const hidden = findings.length - shown.length;
  const headingId = groupAnchor(kind);
  return (
    <section className="finding-group" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>{t('group.heading', { kind: t(`kinds.${kind}`), count: findings.length })}</h2>
      <p className="group-description">{t(`kindDescriptions.${kind}`)}</p>
      <ul className="finding-list">
        {shown.map((finding) => (
          <FindingItem key={finding.id} finding={finding} open={finding.id === openId} onToggle={onToggle} />
        ))}
      </ul>
      {hidden > 0 ? (
        <div className="action-row">
          <button type="button" className="secondary" onClick={() => setLimit(limit + MORE_SHOWN)}>
            {t('group.showMore', { count: Math.min(hidden, MORE_SHOWN) })}
          </button>
          <span className="meta">{t('group.shown', { shown: shown.length, total: findings.length })}</span>
        </div>
      ) : null}
    </section>
  );
}
