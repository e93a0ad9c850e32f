// Modules implement core's PortalModule; re-exported here so a module imports its contract nearby.
export type { PortalModule } from '../core/modules.ts';
