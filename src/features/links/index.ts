import { defineFeature } from '../../engine/feature.ts';
import type { Emits, LinksContext } from './context.ts';
import { linksFlow } from './flow.ts';
import { loadLinks } from './loader.ts';
import { messages, t } from './messages.ts';
import { LinksData } from './state.ts';

/** /malienket: an official gets a registration link, the Zalo short code and a QR code for a commune. */
export const linksFeature = defineFeature<LinksContext, Emits>({
  name: 'links',
  commands: {
    names: ['malienket', 'ma lien ket', 'link'],
    describe: (lang) => t(lang, 'links.command'),
    for: ['official'],
  },
  menu: { id: 'menu.links', order: 16, for: ['official'], label: (lang) => t(lang, 'menu.links') },
  flow: { ...linksFlow, data: LinksData },
  load: loadLinks,
  messages,
});
