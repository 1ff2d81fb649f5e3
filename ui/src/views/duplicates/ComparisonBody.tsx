import { useTranslation } from 'react-i18next';
import { ViewLink } from '../../components/shared/ViewLink';
import { compareMembers, membersOf, sharedTopics } from './comparison';
import { MemberColumn } from './MemberColumn';
import { OverlapMetrics } from './OverlapMetrics';
import type { NetworkDetail, OverlapPair } from './queries';

interface ComparisonBodyProps {
  readonly a: NetworkDetail;
  readonly b: NetworkDetail;
  readonly overlap: OverlapPair | undefined;
}

/** The explanation, the figures, then the members in three columns: only in A, in both, only in B. */
export function ComparisonBody({ a, b, overlap }: ComparisonBodyProps) {
  const { t, i18n } = useTranslation('duplicates');
  const lang = i18n.language;
  const members = compareMembers(membersOf(a), membersOf(b), lang);
  const topics = sharedTopics(a, b, lang);
  const networkLink = (network: NetworkDetail) => (
    <ViewLink view="map" params={new URLSearchParams({ focus: network.id })} lang={lang} aria-label={t('comparison.showOnMap', { name: network.name })}>
      {network.name}
    </ViewLink>
  );
  return (
    <>
      <p className="comparison-networks">
        <span className="pair-label">A</span> {networkLink(a)}
        <span className="pair-label">B</span> {networkLink(b)}
      </p>
      {overlap ? (
        <>
          <p className="comparison-explanation">{overlap.explanation}</p>
          <OverlapMetrics overlap={overlap} />
        </>
      ) : (
        <p className="comparison-explanation">{t('comparison.noOverlap')}</p>
      )}
      <div className="member-columns">
        <MemberColumn heading={t('comparison.onlyIn', { name: a.name, count: members.onlyA.length })} members={members.onlyA} variant="only" />
        <MemberColumn heading={t('comparison.shared', { count: members.shared.length })} members={members.shared} variant="shared" />
        <MemberColumn heading={t('comparison.onlyIn', { name: b.name, count: members.onlyB.length })} members={members.onlyB} variant="only" />
      </div>
      <h3>{t('comparison.sharedTopics')}</h3>
      {topics.length > 0 ? (
        <ul className="topic-list">{topics.map((topic) => <li key={topic.id} className="tag">{topic.name}</li>)}</ul>
      ) : (
        <p>{t('comparison.noSharedTopics')}</p>
      )}
    </>
  );
}
