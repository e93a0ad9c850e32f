// Where to go back to after signing in or switching language: a path of the back office only.
import { safeReturnPath } from '../../core/routes/font-size.ts';

export function adminReturn(raw: string): string {
  try {
    const path = safeReturnPath(raw || '/admin');
    return path.startsWith('/admin') ? path : '/admin';
  } catch {
    return '/admin';
  }
}
