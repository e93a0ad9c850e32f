// The list of content modules. Adding a content type = adding a folder and one line here.
import { documentsModule } from './documents/index.tsx';
import { newsModule } from './news/index.tsx';
import { proceduresModule } from './procedures/index.ts';
import type { PortalModule } from './types.ts';

export const modules: PortalModule[] = [newsModule, documentsModule, proceduresModule];
