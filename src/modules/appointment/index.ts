// The appointment module: its types, queries and mutations. Imported once by src/schema/index.ts.
import './types.js';
import './mutations.js';

export { AppointmentType, AppointmentAttendeeType, AppointmentStatusEnum } from './types.js';
