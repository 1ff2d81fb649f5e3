import { useTranslation } from 'react-i18next';
import type { ChainVerdict } from './classify';
import { LevelBadge } from './LevelBadge';
import { MAX_HOPS } from './state';

const HELP: Record<ChainVerdict, string | undefined> = {
  ok: undefined,
  weak: 'verdict.weakHelp',
  planned: 'verdict.plannedHelp',
  broken: 'verdict.brokenHelp',
  none: 'verdict.noneHelp',
};

/** Does support reach, said plainly, with what to do when it does not. */
export function ChainVerdictPanel({ verdict, from, to }: { readonly verdict: ChainVerdict; readonly from: string; readonly to: string }) {
  const { t } = useTranslation('chains');
  const help = HELP[verdict];
  return (
    <div className={`chain-verdict chain-verdict--${verdict}`}>
      <p className="chain-verdict__text">
        <LevelBadge level={verdict === 'none' ? 'broken' : verdict} label={t(`short.${verdict}`)} />{' '}
        {t(`verdict.${verdict}`, { from, to, hops: MAX_HOPS })}
      </p>
      {help ? <p>{t(help)}</p> : null}
    </div>
  );
}
