// Kept for the pages that import sendAdminPage from here; the sign-in routes are in ../session/.
export { sendAdminPage } from '../respond.ts';
export { registerSessionRoutes } from '../session/routes.ts';
