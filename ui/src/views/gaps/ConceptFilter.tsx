import { useTranslation } from 'react-i18next';
import { CONCEPTS, KEY_CONCEPTS, LINKING_CONCEPTS, type Concept } from '../../components/shared/vocabulary';

interface ConceptFilterProps {
  readonly id: string;
  readonly value: Concept | undefined;
  readonly onChange: (concept: Concept | undefined) => void;
}

/** The process report's grouping: five key concepts, then five linking concepts. */
const GROUPS: readonly { readonly label: string; readonly concepts: readonly Concept[] }[] = [
  { label: 'filters.keyConcepts', concepts: KEY_CONCEPTS },
  { label: 'filters.linkingConcepts', concepts: LINKING_CONCEPTS },
];

const asConcept = (value: string): Concept | undefined => CONCEPTS.find((concept) => concept === value);

/** The NEXUM concept filter: the chosen concept explained in a line below, all ten on demand. */
export function ConceptFilter({ id, value, onChange }: ConceptFilterProps) {
  const { t } = useTranslation('gaps');
  return (
    <div className="field concept-field">
      <label htmlFor={id}>{t('filters.concept')}</label>
      <select id={id} value={value ?? ''} aria-describedby={`${id}-hint`} onChange={(event) => onChange(asConcept(event.target.value))}>
        <option value="">{t('filters.allConcepts')}</option>
        {GROUPS.map((group) => (
          <optgroup key={group.label} label={t(group.label)}>
            {group.concepts.map((concept) => <option key={concept} value={concept}>{t(`concepts.${concept}`)}</option>)}
          </optgroup>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {value === undefined ? t('filters.allConceptsHint') : t(`conceptDescriptions.${value}`)}
      </p>
      <details className="concept-glossary">
        <summary>{t('filters.aboutConcepts')}</summary>
        {GROUPS.map((group) => (
          <div key={group.label}>
            <p className="glossary-group">{t(group.label)}</p>
            <dl>
              {group.concepts.map((concept) => (
                <div key={concept}>
                  <dt>{t(`concepts.${concept}`)}</dt>
                  <dd>{t(`conceptDescriptions.${concept}`)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </details>
    </div>
  );
}
