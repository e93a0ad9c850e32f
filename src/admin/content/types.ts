// Which declared type a back-office URL is about. The back office never names a type: it reads the
// declarations the composition root installed (core/modules.ts).
import type { ContentTypeDeclaration } from '../../core/content-types/declaration.ts';
import { AppError } from '../../core/errors.ts';
import { declarationOf, declaredTypes } from '../../core/modules.ts';

/** The declaration of `/admin/content/:type`, or 404. */
export function declarationOrNotFound(type: string): ContentTypeDeclaration {
  const declaration = declarationOf(type);
  if (!declaration) throw new AppError('NOT_FOUND');
  return declaration;
}

/** The type edited in the built-in article editor at /admin/articles (the one whose declaration says so), or 404. */
export function articleDeclaration(): ContentTypeDeclaration {
  const declaration = declaredTypes().find((d) => d.adminPath === '/admin/articles');
  if (!declaration) throw new AppError('NOT_FOUND');
  return declaration;
}
