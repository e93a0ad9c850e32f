// The list of content modules. Adding a content type = adding a folder and one line here.
import { newsModule } from './news/index.tsx';
import type { PortalModule } from './types.ts';

export const modules: PortalModule[] = [newsModule];
