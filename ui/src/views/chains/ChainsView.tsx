import { useTranslation } from 'react-i18next';
import { useUrlState } from '../../app/router';
import { EmptyState } from '../../components/shared/QueryStatus';
import { ActorRoutes } from './ActorRoutes';
import { ChainForm } from './ChainForm';
import { GroupSummary } from './GroupSummary';
import { chainsCodec, chainsMode } from './state';
import './chains.css';

/** /kedjor: from a service that meets families to specialised support — where it holds, where it breaks. */
export function ChainsView() {
  const { t } = useTranslation('chains');
  const [state, set] = useUrlState('chains', chainsCodec);
  const mode = chainsMode(state);
  return (
    <section aria-labelledby="chains-title" className="chains-view">
      <h1 id="chains-title">{t('title')}</h1>
      <p className="view-intro">{t('intro')}</p>
      <ChainForm state={state} onChange={set} />
      {mode.mode === 'actor' ? (
        <ActorRoutes from={mode.from} target={state.target} group={mode.group} onBackToGroup={() => set({ ...state, from: undefined })} />
      ) : mode.mode === 'group' ? (
        <GroupSummary area={mode.area} kind={mode.kind} target={state.target} onOpen={(from) => set({ ...state, from })} />
      ) : (
        <EmptyState title={t('choose.title')}>
          <p>{t('choose.body')}</p>
        </EmptyState>
      )}
    </section>
  );
}
