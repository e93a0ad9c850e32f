// Contact (liên hệ, REQUIREMENTS A2, Decree 42/2022): /lien-he and /en/contact show the agency's
// contacts from the settings and the contact points edited in the back office (type
// 'contact-person'), with a contact form whose messages get a tracking code and are handled at
// /admin/submissions (kind 'contact'), never published.
import type { PortalModule } from '../types.ts';
import { contactKind, contactPersonDeclaration, contactPersonType } from './declaration.ts';
import { loadContactDemo, removeContactDemo } from './demo.ts';
import { registerContactRoutes } from './routes.tsx';

export const contactModule: PortalModule = {
  name: 'contact',
  contentType: contactPersonType,
  declaration: contactPersonDeclaration,
  submissionKinds: [contactKind],
  async registerRoutes(app, ctx) {
    await registerContactRoutes(app, ctx);
  },
  loadDemo: (ctx) => loadContactDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeContactDemo(ctx.db.kysely),
};
