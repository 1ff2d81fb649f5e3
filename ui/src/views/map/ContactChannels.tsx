/**
 * A unit's public contact channels (phone, web address, e-mail) as links, where a professional
 * looks up where to refer a parent: the detail panel and the chains view's route cards.
 */
import { useTranslation } from 'react-i18next';
import './contact-channels.css';

export interface Channels {
  readonly phone?: unknown;
  readonly website?: unknown;
  readonly email?: unknown;
}

export type ChannelKind = 'phone' | 'website' | 'email';
export interface ChannelLink { readonly kind: ChannelKind; readonly href: string; readonly text: string }

const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The links to show, in a fixed order; a web address that is not http(s) is never made a link. */
export function channelLinks(channels: Channels | Readonly<Record<string, unknown>>): ChannelLink[] {
  const links: ChannelLink[] = [];
  if (present(channels.phone)) links.push({ kind: 'phone', href: `tel:${channels.phone.replace(/[^\d+]/g, '')}`, text: channels.phone });
  if (present(channels.website) && /^https?:\/\//i.test(channels.website)) {
    links.push({ kind: 'website', href: channels.website, text: channels.website.replace(/^https?:\/\//i, '').replace(/\/$/, '') });
  }
  if (present(channels.email)) links.push({ kind: 'email', href: `mailto:${channels.email}`, text: channels.email });
  return links;
}

/** `name`: whose channels they are, when the surroundings do not say it (a route's last step). */
export function ContactChannels({ channels, name }: { readonly channels: Channels | Readonly<Record<string, unknown>>; readonly name?: string }) {
  const { t } = useTranslation('map');
  const links = channelLinks(channels);
  if (links.length === 0) return null;
  const label = name === undefined ? t('detail.contact.label') : t('detail.contact.labelOf', { name });
  return (
    <section className="contact-channels" aria-label={label}>
      {name === undefined ? null : <p className="contact-channels-of">{label}</p>}
      <dl>
        {links.map((link) => (
          <div key={link.kind}>
            <dt>{t(`detail.contact.${link.kind}`)}</dt>
            <dd><a href={link.href} {...(link.kind === 'website' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>{link.text}</a></dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
