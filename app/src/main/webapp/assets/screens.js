// The staff screens by URL hash, with the roles that may open them (the same as the API's).
import { showQueue } from './queue.js';
import { showDetail } from './detail.js';
import { showManualEntries } from './manual.js';
import { showRoutes } from './routes.js';
import { showRouteEditor } from './route-editor.js';
import { showDeliveries } from './deliveries.js';
import { showAudit } from './audit.js';
import { showPortalRefusals, showResidentCertificates } from './portal-intake.js';

const CLERKS = ['CLERK', 'SUPERVISOR'];

export const SCREENS = [
  { nav: '#/queue', pattern: /^#\/queue$/, roles: CLERKS, show: (main) => showQueue(main) },
  { pattern: /^#\/applications\/([0-9a-f-]+)$/, roles: CLERKS, show: (main, session, id) => showDetail(main, id, session) },
  { nav: '#/portal-refusals', pattern: /^#\/portal-refusals$/, roles: CLERKS, show: (main) => showPortalRefusals(main) },
  { nav: '#/manual-entries', pattern: /^#\/manual-entries$/, roles: CLERKS, show: (main) => showManualEntries(main) },
  { nav: '#/linkage-routes', pattern: /^#\/linkage-routes$/, roles: ['IT_ADMIN'], show: (main) => showRoutes(main) },
  {
    pattern: /^#\/linkage-routes\/([A-Za-z0-9-]+)\/([^/]+)$/, roles: ['IT_ADMIN'],
    show: (main, session, code, route) => showRouteEditor(main, code, decodeURIComponent(route)),
  },
  { nav: '#/resident-certificates', pattern: /^#\/resident-certificates$/, roles: ['IT_ADMIN'], show: (main) => showResidentCertificates(main) },
  { nav: '#/deliveries', pattern: /^#\/deliveries$/, roles: ['IT_ADMIN'], show: (main) => showDeliveries(main) },
  { nav: '#/audit', pattern: /^#\/audit$/, roles: ['AUDITOR'], show: (main) => showAudit(main) },
];

/** The screen for a hash and the values its pattern captured, or null. */
export function screenFor(hash) {
  for (const screen of SCREENS) {
    const match = hash.match(screen.pattern);
    if (match) return { screen, args: match.slice(1) };
  }
  return null;
}
