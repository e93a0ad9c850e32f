// Which declared type a back-office URL is about. The back office never names a type: it reads the
// declarations the composition root installed (core/modules.ts).
import type { ContentTypeDeclaration } from '../../core/content-types/declaration.ts';
import { AppError } from '../../core/errors.ts';
import { declarationOf } from '../../core/modules.ts';

/** The declaration of `/admin/content/:type`, or 404. */
export function declarationOrNotFound(type: string): ContentTypeDeclaration {
  const declaration = declarationOf(type);
  if (!declaration) throw new AppError('NOT_FOUND');
  return declaration;
}

/**
 * The type behind the older article addresses (/admin/articles, /admin/articles/new): news, which
 * had its own editor there before it moved to the generic pages. Only those redirects and aliases
 * use it; a portal without the news module answers them with 404.
 */
const olderArticleType = 'news';

/** The declaration the older /admin/articles addresses stand for, or 404. */
export function articleDeclaration(): ContentTypeDeclaration {
  return declarationOrNotFound(olderArticleType);
}
