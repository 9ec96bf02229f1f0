import type { TenantType } from '../tenant-kit.js';
import { tenantTypes as appointment } from './appointment.js';
import { tenantTypes as attachment } from './attachment.js';
import { tenantTypes as audit } from './audit.js';
import { tenantTypes as automation } from './automation.js';
import { tenantTypes as listing } from './listing.js';
import { tenantTypes as marketplace } from './marketplace.js';
import { tenantTypes as message } from './message.js';
import { tenantTypes as metrics } from './metrics.js';
import { tenantTypes as notification } from './notification.js';

export const AREA_TENANT_TYPES: TenantType[] = [
  ...listing,
  ...appointment,
  ...message,
  ...automation,
  ...metrics,
  ...notification,
  ...marketplace,
  ...attachment,
  ...audit,
];
