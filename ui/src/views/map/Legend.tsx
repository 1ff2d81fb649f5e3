/**
 * The legend, in HTML (readable, translatable, zoomable), drawn from the same palette as the canvas.
 * Shapes and line samples are decorative SVG; the text beside each says what it means.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EDGE_COLOURS, FAMILY_SHAPES, LINE_DASHES, NETWORK_BORDER, NETWORK_FILL, OTHER_NODE_FILL, SECTOR_COLOURS, SHAPE_FAMILIES, TYPE_SHAPES,
  type ShapeSpec,
} from '../../graph/palette';
import { SECTORS, type NodeType } from '../../graph/vocabulary';

function Shape({ spec, fill, stroke = 'none', strokeWidth = 0 }: { spec: ShapeSpec; fill: string; stroke?: string; strokeWidth?: number }) {
  const points = spec.legend.kind === 'polygon' ? spec.legend.points : [];
  const pairs = [];
  for (let i = 0; i + 1 < points.length; i += 2) pairs.push(`${(points[i] ?? 0) * 8 + 10},${(points[i + 1] ?? 0) * 8 + 10}`);
  return (
    <svg className="legend-mark" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {spec.legend.kind === 'circle'
        ? <circle cx="10" cy="10" r="8" fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
        : <polygon points={pairs.join(' ')} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />}
    </svg>
  );
}

interface LineProps {
  colour: string;
  dash?: string;
  cross?: boolean;
  width?: number;
  /** Referral routes are directed; memberships and the rest are not drawn with arrows. */
  arrow?: boolean;
}

function Line({ colour, dash, cross = false, width = 2.5, arrow = true }: LineProps) {
  return (
    <svg className="legend-mark legend-line" viewBox="0 0 40 20" width="40" height="20" aria-hidden="true" focusable="false">
      <line x1="2" y1="10" x2="34" y2="10" stroke={colour} strokeWidth={width} strokeDasharray={dash} />
      {arrow ? <polygon points="32,5 39,10 32,15" fill={colour} /> : null}
      {cross ? <text x="17" y="15" fontSize="14" fontWeight="bold" fill={colour} textAnchor="middle">✕</text> : null}
    </svg>
  );
}

export const Legend = memo(function Legend({ nodeTypes }: { readonly nodeTypes: readonly NodeType[] }) {
  const { t } = useTranslation('map');
  const others = nodeTypes.filter((type): type is Exclude<NodeType, 'ACTOR'> => type !== 'ACTOR');
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title">{t('legend.heading')}</h2>
      <div className="legend-columns">
        <div>
          <h3>{t('legend.sectors')}</h3>
          <ul>
            {SECTORS.map((sector) => (
              <li key={sector}><Shape spec={FAMILY_SHAPES.FIRST_LINE} fill={SECTOR_COLOURS[sector]} />{t(`vocab.Sector.${sector}`)}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('legend.shapes')}</h3>
          <ul>
            {SHAPE_FAMILIES.map((family) => (
              <li key={family}><Shape spec={FAMILY_SHAPES[family]} fill={OTHER_NODE_FILL} />{t(`vocab.ShapeFamily.${family}`)}</li>
            ))}
          </ul>
          {others.length ? <h3>{t('legend.otherNodes')}</h3> : null}
          <ul>
            {others.map((type) => (
              <li key={type}>
                {type === 'NETWORK'
                  ? <Shape spec={TYPE_SHAPES.NETWORK} fill={NETWORK_FILL} stroke={NETWORK_BORDER} strokeWidth={2} />
                  : <Shape spec={TYPE_SHAPES[type]} fill={OTHER_NODE_FILL} />}
                {t(`vocab.NodeType.${type}`)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('legend.lines')}</h3>
          <ul>
            <li><Line colour={EDGE_COLOURS.referral} />{t('legend.statutory')}</li>
            <li><Line colour={EDGE_COLOURS.referral} dash={LINE_DASHES.dashed} />{t('legend.formal')}</li>
            <li><Line colour={EDGE_COLOURS.referral} dash={LINE_DASHES.dotted} />{t('legend.informal')}</li>
            <li><Line colour={EDGE_COLOURS.broken} cross />{t('legend.broken')}</li>
            <li><Line colour={EDGE_COLOURS.planned} width={2} />{t('legend.planned')}</li>
            <li><Line colour={EDGE_COLOURS.membership} width={1.5} arrow={false} />{t('legend.membership')}</li>
            <li><Line colour={EDGE_COLOURS.subdued} width={1} arrow={false} />{t('legend.context')}</li>
            <li><span className="legend-highlight" aria-hidden="true" />{t('legend.highlighted')}</li>
          </ul>
        </div>
      </div>
    </section>
  );
});
