// The list of content modules. Adding a content type = adding a folder and one line here (one
// import and one entry, each on its own line, in the order the back office lists them).
import { announcementsModule } from './announcements/index.ts';
import { biddingModule } from './bidding/index.ts';
import { consultationsModule } from './consultations/index.ts';
import { contactModule } from './contact/index.ts';
import { calendarModule } from './calendar/index.ts';
import { documentsModule } from './documents/index.tsx';
import { galleryModule } from './gallery/index.ts';
import { leadersModule } from './leaders/index.ts';
import { linksModule } from './links/index.ts';
import { newsModule } from './news/index.tsx';
import { pollsModule } from './polls/index.ts';
import { proceduresModule } from './procedures/index.ts';
import { projectsModule } from './projects/index.ts';
import { questionsModule } from './questions/index.ts';
import { unitsModule } from './units/index.ts';
import { videoModule } from './video/index.ts';
import { zonesModule } from './zones/index.ts';
import type { PortalModule } from './types.ts';

export const modules: PortalModule[] = [
  newsModule,
  documentsModule,
  proceduresModule,
  unitsModule,
  leadersModule,
  calendarModule,
  announcementsModule,
  biddingModule,
  linksModule,
  questionsModule,
  consultationsModule,
  galleryModule,
  videoModule,
  pollsModule,
  contactModule,
  zonesModule,
  projectsModule,
];
