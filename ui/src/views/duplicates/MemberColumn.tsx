import { useTranslation } from 'react-i18next';
import { ViewLink } from '../../components/shared/ViewLink';
import type { Member } from './comparison';

interface MemberColumnProps {
  readonly heading: string;
  readonly members: readonly Member[];
  readonly variant: 'shared' | 'only';
}

/** One column of members; each links to the member on the map, with its role where it is not plain membership. */
export function MemberColumn({ heading, members, variant }: MemberColumnProps) {
  const { t, i18n } = useTranslation('duplicates');
  return (
    <div className={`member-column member-column--${variant}`}>
      <h3>{heading}</h3>
      {members.length === 0 ? (
        <p className="meta">{t('comparison.noMembers')}</p>
      ) : (
        <ul>
          {members.map((member) => (
            <li key={member.id}>
              <ViewLink view="map" params={new URLSearchParams({ select: member.id })} lang={i18n.language}>{member.name}</ViewLink>
              {member.type === 'person' ? <span className="meta"> ({t('comparison.person')})</span> : null}
              {member.role !== 'MEMBER' ? <span className="meta"> – {t(`comparison.roles.${member.role}`)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
