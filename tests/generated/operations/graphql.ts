/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** STAGE_CHANGE is recorded by moveDealStage; the others are created by users. SHOWING and OPEN_HOUSE usually name a listing. */
export type ActivityType =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE'
  | 'OPEN_HOUSE'
  | 'SHOWING'
  | 'STAGE_CHANGE'
  | 'TASK';

/** Filter Appointment records: every given condition must hold; combine with AND, OR and NOT. */
export type AppointmentFilter = {
  AND?: Array<AppointmentFilter> | null | undefined;
  NOT?: AppointmentFilter | null | undefined;
  OR?: Array<AppointmentFilter> | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  dealId?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  listingId?: IdFilter | null | undefined;
  organizerId?: IdFilter | null | undefined;
  startsAt?: DateTimeFilter | null | undefined;
  status?: AppointmentStatusFilter | null | undefined;
};

export type AppointmentOrder = {
  direction?: OrderDirection | null | undefined;
  field: AppointmentOrderField;
};

export type AppointmentOrderField =
  | 'CREATED_AT'
  | 'STARTS_AT';

/** CANCELLED appointments never count as conflicts and leave upcomingAppointments. */
export type AppointmentStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'NO_SHOW'
  | 'SCHEDULED';

export type AppointmentStatusFilter = {
  equals?: AppointmentStatus | null | undefined;
  in?: Array<AppointmentStatus> | null | undefined;
};

/** Filter Attachment records: every given condition must hold; combine with AND, OR and NOT. */
export type AttachmentFilter = {
  AND?: Array<AttachmentFilter> | null | undefined;
  NOT?: AttachmentFilter | null | undefined;
  OR?: Array<AttachmentFilter> | null | undefined;
  companyId?: IdFilter | null | undefined;
  contactId?: IdFilter | null | undefined;
  contentType?: StringFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  dealId?: IdFilter | null | undefined;
  fileName?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  leadId?: IdFilter | null | undefined;
  listingId?: IdFilter | null | undefined;
  status?: AttachmentStatusFilter | null | undefined;
};

export type AttachmentOrder = {
  direction?: OrderDirection | null | undefined;
  field: AttachmentOrderField;
};

export type AttachmentOrderField =
  | 'CREATED_AT'
  | 'FILE_NAME';

export type AttachmentStatus =
  /** Created; the bytes have not arrived (or not been verified) yet. */
  | 'PENDING'
  /** The bytes arrived with the declared size and SHA-256; downloadable. */
  | 'READY';

export type AttachmentStatusFilter = {
  equals?: AttachmentStatus | null | undefined;
  in?: Array<AttachmentStatus> | null | undefined;
};

export type AuditAction =
  /** The record was removed for good (e.g. a pipeline stage, a membership). */
  | 'DELETE'
  /** The record was created. */
  | 'INSERT'
  /** Fields changed. A soft delete or a restore is an UPDATE of deletedAt. */
  | 'UPDATE';

export type AuditActionFilter = {
  equals?: AuditAction | null | undefined;
  in?: Array<AuditAction> | null | undefined;
};

/** Filter AuditEntry records: every given condition must hold; combine with AND, OR and NOT. */
export type AuditEntryFilter = {
  AND?: Array<AuditEntryFilter> | null | undefined;
  NOT?: AuditEntryFilter | null | undefined;
  OR?: Array<AuditEntryFilter> | null | undefined;
  action?: AuditActionFilter | null | undefined;
  actorId?: IdFilter | null | undefined;
  id?: IdFilter | null | undefined;
  occurredAt?: DateTimeFilter | null | undefined;
  recordId?: IdFilter | null | undefined;
  recordType?: AuditRecordTypeFilter | null | undefined;
};

export type AuditEntryOrder = {
  direction?: OrderDirection | null | undefined;
  field: AuditEntryOrderField;
};

export type AuditEntryOrderField =
  | 'OCCURRED_AT';

/** The kind of record an audit entry is about. */
export type AuditRecordType =
  /** Activity records. */
  | 'ACTIVITY'
  /** ApiKey records. */
  | 'API_KEY'
  /** Appointment records. */
  | 'APPOINTMENT'
  /** AppointmentAttendee records. */
  | 'APPOINTMENT_ATTENDEE'
  /** Attachment records. */
  | 'ATTACHMENT'
  /** Automation records. */
  | 'AUTOMATION'
  /** BundlePurchase records. */
  | 'BUNDLE_PURCHASE'
  /** Checkout records. */
  | 'CHECKOUT'
  /** Company records. */
  | 'COMPANY'
  /** Contact records. */
  | 'CONTACT'
  /** Deal records. */
  | 'DEAL'
  /** Lead records. */
  | 'LEAD'
  /** Listing records. */
  | 'LISTING'
  /** Membership records. */
  | 'MEMBERSHIP'
  /** Message records. */
  | 'MESSAGE'
  /** Organization records. */
  | 'ORGANIZATION'
  /** Pipeline records. */
  | 'PIPELINE'
  /** PipelineStage records. */
  | 'PIPELINE_STAGE'
  /** ToolPurchase records. */
  | 'TOOL_PURCHASE'
  /** ToolReview records. */
  | 'TOOL_REVIEW'
  /** TrustedDocument records. */
  | 'TRUSTED_DOCUMENT'
  /** WebhookEndpoint records. */
  | 'WEBHOOK_ENDPOINT';

export type AuditRecordTypeFilter = {
  equals?: AuditRecordType | null | undefined;
  in?: Array<AuditRecordType> | null | undefined;
};

/** What starts an automation. DEAL_STAGE_CHANGED, LEAD_CREATED and APPOINTMENT_BOOKED run for that record; SCHEDULE runs on its schedule condition, without a record. */
export type AutomationTrigger =
  | 'APPOINTMENT_BOOKED'
  | 'DEAL_STAGE_CHANGED'
  | 'LEAD_CREATED'
  | 'SCHEDULE';

/** Filter BundlePurchase records: every given condition must hold; combine with AND, OR and NOT. */
export type BundlePurchaseFilter = {
  AND?: Array<BundlePurchaseFilter> | null | undefined;
  NOT?: BundlePurchaseFilter | null | undefined;
  OR?: Array<BundlePurchaseFilter> | null | undefined;
  bundleId?: IdFilter | null | undefined;
  checkoutId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
};

export type BundleType =
  | 'CUSTOM_PACK'
  | 'ELITE_PACK'
  | 'GROWTH_PACK'
  | 'STARTER_PACK';

export type BundleTypeFilter = {
  equals?: BundleType | null | undefined;
  in?: Array<BundleType> | null | undefined;
};

export type CancelBundlePurchaseInput = {
  /** The BundlePurchase. */
  id: string | number;
};

export type CancelToolPurchaseInput = {
  /** The ToolPurchase. */
  id: string | number;
};

/** Exactly one of toolId and bundleId. */
export type CartItemInput = {
  bundleId?: string | number | null | undefined;
  toolId?: string | number | null | undefined;
};

export type ChangeMemberRoleInput = {
  membershipId: string | number;
  role: MembershipRole;
};

/** Filter Company records: every given condition must hold; combine with AND, OR and NOT. */
export type CompanyFilter = {
  AND?: Array<CompanyFilter> | null | undefined;
  NOT?: CompanyFilter | null | undefined;
  OR?: Array<CompanyFilter> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  customFields?: Array<CustomFieldFilter> | null | undefined;
  domain?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  industry?: StringFilter | null | undefined;
  name?: StringFilter | null | undefined;
};

/** Filter Contact records: every given condition must hold; combine with AND, OR and NOT. */
export type ContactFilter = {
  AND?: Array<ContactFilter> | null | undefined;
  NOT?: ContactFilter | null | undefined;
  OR?: Array<ContactFilter> | null | undefined;
  company?: CompanyFilter | null | undefined;
  companyId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  customFields?: Array<CustomFieldFilter> | null | undefined;
  email?: StringFilter | null | undefined;
  firstName?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  lastName?: StringFilter | null | undefined;
  ownerId?: IdFilter | null | undefined;
  phone?: StringFilter | null | undefined;
  status?: ContactStatusFilter | null | undefined;
  tags?: StringListFilter | null | undefined;
  title?: StringFilter | null | undefined;
  type?: ContactTypeFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type ContactOrder = {
  /** With field CUSTOM_FIELD: the key of a live custom field to sort by (not MULTI_SELECT). Numbers and MONEY sort as numbers, DATE as dates, text in the collation of names; records without a value come last in both directions. */
  customFieldKey?: string | null | undefined;
  direction?: OrderDirection | null | undefined;
  field: ContactOrderField;
};

export type ContactOrderField =
  | 'CREATED_AT'
  | 'CUSTOM_FIELD'
  | 'EMAIL'
  | 'NAME'
  | 'UPDATED_AT';

/** DO_NOT_CONTACT: the person asked not to be contacted; automations send them no e-mail. */
export type ContactStatus =
  | 'ACTIVE'
  | 'DO_NOT_CONTACT'
  | 'INACTIVE';

export type ContactStatusFilter = {
  equals?: ContactStatus | null | undefined;
  in?: Array<ContactStatus> | null | undefined;
};

/** What the person is to the organization; new contacts are PROSPECTs. */
export type ContactType =
  | 'CLIENT'
  | 'PARTNER'
  | 'PAST_CLIENT'
  | 'PROSPECT'
  | 'VENDOR';

export type ContactTypeFilter = {
  equals?: ContactType | null | undefined;
  in?: Array<ContactType> | null | undefined;
};

export type ConvertLeadInput = {
  /** Attach the contact to this existing company. */
  companyId?: string | number | null | undefined;
  /** The new contact's custom field values, merged over those carried from the lead (the lead's values whose key is a live CONTACT field and that fit it; the others stay on the lead only). null for a key leaves it unset. The result is checked like createContact's customFields: a required CONTACT field the lead cannot fill must be given here. */
  contactCustomFields?: Record<string, unknown> | null | undefined;
  /** Create a company named after the lead's companyName. */
  createCompany?: boolean | null | undefined;
  /** Also open a deal for the new contact. */
  deal?: DealFieldsInput | null | undefined;
  leadId: string | number;
};

export type CreateActivityInput = {
  body?: string | null | undefined;
  companyId?: string | number | null | undefined;
  completedAt?: string | null | undefined;
  contactId?: string | number | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  dealId?: string | number | null | undefined;
  dueAt?: string | null | undefined;
  leadId?: string | number | null | undefined;
  /** A Listing of this organization. */
  listingId?: string | number | null | undefined;
  /** Defaults to now. */
  occurredAt?: string | null | undefined;
  /** Defaults to the signed-in user on create. */
  ownerId?: string | number | null | undefined;
  subject: string;
  type: ActivityType;
};

export type CreateApiKeyInput = {
  /** After this instant the key stops working; null: never. */
  expiresAt?: string | null | undefined;
  /** 1 to 100 characters, e.g. the partner and what it syncs. */
  name: string;
  /** VIEWER, MEMBER or ADMIN (never OWNER). */
  role: MembershipRole;
};

export type CreateAppointmentInput = {
  /** Contacts to invite (at most 100). */
  attendeeContactIds?: Array<string | number> | null | undefined;
  /** Members to invite (User ids, at most 100); each is notified unless it is you. */
  attendeeUserIds?: Array<string | number> | null | undefined;
  contactId?: string | number | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  dealId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Must be after startsAt. */
  endsAt: string;
  listingId?: string | number | null | undefined;
  location?: string | null | undefined;
  /** An http(s) URL. */
  meetingUrl?: string | null | undefined;
  /** A User who is a member of this organization; defaults to you. */
  organizerId?: string | number | null | undefined;
  startsAt: string;
  /** Defaults to SCHEDULED. */
  status?: AppointmentStatus | null | undefined;
  title: string;
};

export type CreateAttachmentUploadInput = {
  /** SHA-256 of the bytes as 64 hex digits; the upload must match it. */
  checksumSha256: string;
  /** application/pdf, image/png, image/jpeg, image/gif, image/webp, text/plain, text/csv, docx, xlsx, pptx or application/zip. */
  contentType: string;
  /** The name to show and to save the file under (any path is dropped). */
  fileName: string;
  /** The Contact, Company, Deal, Lead or Listing the file belongs to; omitted for a file on no record (a CSV to import). */
  recordId?: string | number | null | undefined;
  /** The exact size; the upload must match it. */
  sizeBytes: number;
};

export type CreateAutomationInput = {
  /** 1-20, run in order. Checked against the trigger on write; a problem is BAD_USER_INPUT whose extensions.field is its path (e.g. actions[1].dueInDays) and extensions.issues lists all. */
  actions: Array<Record<string, unknown>>;
  /** At most 20, all must hold; none by default (SCHEDULE needs its schedule condition). Checked against the trigger on write; a problem is BAD_USER_INPUT whose extensions.field is its path (e.g. actions[1].dueInDays) and extensions.issues lists all. */
  conditions?: Array<Record<string, unknown>> | null | undefined;
  description?: string | null | undefined;
  /** Defaults to true. */
  enabled?: boolean | null | undefined;
  /** 1-200 characters. */
  name: string;
  trigger: AutomationTrigger;
};

export type CreateCompanyInput = {
  address?: string | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  domain?: string | null | undefined;
  industry?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

export type CreateContactInput = {
  /** A Company of this organization. */
  companyId?: string | number | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  email?: string | null | undefined;
  firstName: string;
  lastName: string;
  /** A User who is a member of this organization. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  socialLinks?: Record<string, unknown> | null | undefined;
  /** Defaults to ACTIVE. */
  status?: ContactStatus | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  /** Defaults to PROSPECT. */
  type?: ContactType | null | undefined;
};

export type CreateCustomFieldDefinitionInput = {
  entity: CustomFieldEntity;
  /** Lower case letters, digits and _, starting with a letter, at most 40; unique per entity. */
  key: string;
  /** 1 to 100 characters. */
  label: string;
  /** SINGLE_SELECT and MULTI_SELECT only: 1 to 100 distinct options of at most 100 characters, without ";". */
  options?: Array<string> | null | undefined;
  /** Form order (0-10000); defaults to after the last field. */
  position?: number | null | undefined;
  /** Defaults to false. */
  required?: boolean | null | undefined;
  type: CustomFieldType;
};

export type CreateDealInput = {
  companyId?: string | number | null | undefined;
  contactId?: string | number | null | undefined;
  deal: DealFieldsInput;
  leadId?: string | number | null | undefined;
  /** A Listing of this organization. */
  listingId?: string | number | null | undefined;
};

export type CreateLeadInput = {
  /** A User who is a member of this organization. */
  assigneeId?: string | number | null | undefined;
  companyName?: string | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  lastName: string;
  phone?: string | null | undefined;
  rating?: LeadRating | null | undefined;
  /** 0-100 */
  score?: number | null | undefined;
  source?: LeadSource | null | undefined;
  /** CONVERTED is set by convertLead only. */
  status?: LeadStatus | null | undefined;
  title?: string | null | undefined;
};

export type CreateListingInput = {
  addressLine1?: string | null | undefined;
  addressLine2?: string | null | undefined;
  /** The listing agent: a User who is a member of this organization. */
  agentId?: string | number | null | undefined;
  /** In steps of 0.5, e.g. "2.5". */
  bathrooms?: string | null | undefined;
  /** 0-1000. */
  bedrooms?: number | null | undefined;
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code, e.g. US. */
  country?: string | null | undefined;
  /** ISO 4217 code; defaults to USD. */
  currency?: string | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  description?: string | null | undefined;
  /** At most 50, each at most 50 characters; blanks and duplicates are dropped. */
  features?: Array<string> | null | undefined;
  lotSizeSqft?: number | null | undefined;
  /** Photos and documents in display order, at most 50. */
  media?: Array<ListingMediaInput> | null | undefined;
  postalCode?: string | null | undefined;
  /** At least 0. */
  price: string;
  propertyType: PropertyType;
  region?: string | null | undefined;
  squareFeet?: number | null | undefined;
  /** Defaults to DRAFT. */
  status?: ListingStatus | null | undefined;
  /** 1-200 characters. */
  title: string;
  /** From 1600 to next year. */
  yearBuilt?: number | null | undefined;
};

export type CreateMarketplaceToolInput = {
  /** Defaults to true. */
  active?: boolean | null | undefined;
  capabilities?: Array<string> | null | undefined;
  category: ToolCategory;
  /** Optional; tier prices are in USD, the only currency accepted. */
  currency?: string | null | undefined;
  description?: string | null | undefined;
  features?: Array<string> | null | undefined;
  /** An icon name or URL, at most 500 characters; null clears it. */
  icon?: string | null | undefined;
  /** The outside services the tool connects to. */
  integrations?: Array<string> | null | undefined;
  /** Licence length in days, 1 to 3650: checkout sets each new purchase's expiresAt to the purchase time plus this many days (a tool granted by a bundle follows the bundle's licence instead). Null or omitted at creation: perpetual (expiresAt null). Changing it later does not change purchases already made. */
  licenceDays?: number | null | undefined;
  name: string;
  /**
   * Optional: the tier sets the price. When given it must be the tier's price (BAD_USER_INPUT otherwise).
   * @deprecated The tier sets the price; omit it.
   */
  price?: string | null | undefined;
  /** Unique: lower-case letters and digits joined by hyphens. */
  slug: string;
  tags?: Array<string> | null | undefined;
  /** Sets the price: T1 100, T2 200, T3 300 USD. */
  tier: ToolTier;
};

/** One message to add to the history. */
export type CreateMessageInput = {
  /** A User who is a member; OUTBOUND only, defaults to the signed-in user. */
  authorId?: string | number | null | undefined;
  /** Up to 100000 characters, stored as given. */
  body: string;
  channel: MessageChannel;
  contactId?: string | number | null | undefined;
  dealId?: string | number | null | undefined;
  direction: MessageDirection;
  /** EMAIL: an e-mail address; SMS: an E.164 number (+14155550123) or a short code; WHATSAPP: an E.164 number; CHAT/OTHER: any handle. */
  from: string;
  leadId?: string | number | null | undefined;
  /** Defaults to now; not in the future. */
  sentAt?: string | null | undefined;
  /** Mostly for e-mail; at most 998 characters. */
  subject?: string | null | undefined;
  /** Groups a conversation, e.g. an e-mail thread id (at most 500 characters). */
  threadKey?: string | null | undefined;
  /** 1-50 recipients, each valid for the channel like `from`; duplicates are dropped. */
  to: Array<string>;
};

export type CreateOrganizationInput = {
  name: string;
};

export type CreatePipelineInput = {
  isDefault?: boolean | null | undefined;
  name: string;
  /** In order; 1 to 30. */
  stages: Array<PipelineStageInput>;
};

export type CreatePipelineStageInput = {
  kind?: StageKind | null | undefined;
  name: string;
  pipelineId: string | number;
  /** Where to insert (0 = first); default: last. */
  position?: number | null | undefined;
  probability: number;
};

export type CreateToolBundleInput = {
  /** Defaults to true. */
  active?: boolean | null | undefined;
  /** At most the sum of the tools' prices. */
  bundlePrice: string;
  /** ISO 4217 code (defaults to USD); every tool must be priced in it. */
  currency?: string | null | undefined;
  description?: string | null | undefined;
  /** Licence length in days, 1 to 3650: checkout sets each new purchase's expiresAt to the purchase time plus this many days (the bundle purchase and the tool purchases it grants). Null or omitted at creation: perpetual (expiresAt null). Changing it later does not change purchases already made. */
  licenceDays?: number | null | undefined;
  name: string;
  /** Shown as popular by the storefront; defaults to false. */
  popular?: boolean | null | undefined;
  slug: string;
  /** 1 to 50 distinct MarketplaceTool ids, in bundle order. */
  toolIds: Array<string | number>;
  type: BundleType;
};

export type CreateToolReviewInput = {
  body?: string | null | undefined;
  /** 1 to 5. */
  rating: number;
  title?: string | null | undefined;
  toolId: string | number;
};

export type CreateWebhookEndpointInput = {
  /** At most 500 characters; null or blank clears it. */
  description?: string | null | undefined;
  /** At least one of: lead.created, lead.assigned, lead.converted, contact.created, contact.updated, deal.created, deal.updated, deal.stage_changed, deal.won, deal.lost, activity.created, appointment.booked, appointment.updated, appointment.cancelled, message.received, purchase.completed, import.completed. */
  eventTypes: Array<string>;
  /** http(s), at most 2048 characters, no user name or password. With WEBHOOK_ALLOW_PRIVATE_URLS=false (the production default) it must be https and its host must be, and resolve only to, public addresses. */
  url: string;
};

/** The records a custom field belongs to. */
export type CustomFieldEntity =
  | 'ACTIVITY'
  | 'COMPANY'
  | 'CONTACT'
  | 'DEAL'
  | 'LEAD';

/** A condition on one custom field, read by its definition's type: NUMBER operands are numbers ("12.5"), MONEY ones "1250.00", DATE ones YYYY-MM-DD, BOOLEAN ones "true"/"false". gt/gte/lt/lte: NUMBER, MONEY (compared as amounts) and DATE. contains: TEXT (case-sensitive) and MULTI_SELECT (holds the option); in on MULTI_SELECT: holds any of them. isSet: false matches records without a value. Every given operator must hold. */
export type CustomFieldFilter = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  isSet?: boolean | null | undefined;
  /** The key of a live custom field of the listed entity. */
  key: string;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

/** How the values of a custom field are written in customFields (JSON) and compared by filters. */
export type CustomFieldType =
  /** true or false. */
  | 'BOOLEAN'
  /** A JSON string YYYY-MM-DD. */
  | 'DATE'
  /** A JSON string with exactly 2 decimal places, e.g. "1250.00" (at most 13 integer digits). */
  | 'MONEY'
  /** A JSON list of distinct options. */
  | 'MULTI_SELECT'
  /** A JSON number. */
  | 'NUMBER'
  /** A JSON string, one of the options. */
  | 'SINGLE_SELECT'
  /** A JSON string of at most 1000 characters. */
  | 'TEXT';

export type DateFilter = {
  equals?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

export type DateTimeFilter = {
  equals?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

export type DealFieldsInput = {
  /** ISO 4217 code; defaults to USD. */
  currency?: string | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  expectedCloseDate?: string | null | undefined;
  name: string;
  /** A User who is a member of this organization. */
  ownerId?: string | number | null | undefined;
  /** Defaults to the organization's default pipeline. */
  pipelineId?: string | number | null | undefined;
  /** 0-100; omit to use the stage's probability. */
  probability?: number | null | undefined;
  /** A stage of the pipeline; defaults to the pipeline's first stage. */
  stageId?: string | number | null | undefined;
  /** Defaults to 0. */
  value?: string | null | undefined;
};

/** Filter Deal records: every given condition must hold; combine with AND, OR and NOT. */
export type DealFilter = {
  AND?: Array<DealFilter> | null | undefined;
  NOT?: DealFilter | null | undefined;
  OR?: Array<DealFilter> | null | undefined;
  closedAt?: DateTimeFilter | null | undefined;
  company?: CompanyFilter | null | undefined;
  companyId?: IdFilter | null | undefined;
  contact?: ContactFilter | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  currency?: StringFilter | null | undefined;
  customFields?: Array<CustomFieldFilter> | null | undefined;
  expectedCloseDate?: DateFilter | null | undefined;
  id?: IdFilter | null | undefined;
  leadId?: IdFilter | null | undefined;
  listingId?: IdFilter | null | undefined;
  name?: StringFilter | null | undefined;
  ownerId?: IdFilter | null | undefined;
  pipelineId?: IdFilter | null | undefined;
  probability?: IntFilter | null | undefined;
  stageId?: IdFilter | null | undefined;
  status?: DealStatusFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
  value?: DecimalFilter | null | undefined;
};

/** Follows the deal's stage: WON and LOST stages close it, OPEN stages open it. ON_HOLD is set by updateDeal on a deal in an OPEN stage; it stays in the pipeline, and moving it to another stage resumes it. */
export type DealStatus =
  | 'LOST'
  | 'ON_HOLD'
  | 'OPEN'
  | 'WON';

export type DealStatusFilter = {
  equals?: DealStatus | null | undefined;
  in?: Array<DealStatus> | null | undefined;
};

export type DecimalFilter = {
  equals?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  isNull?: boolean | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

export type DeleteToolReviewInput = {
  id?: string | number | null | undefined;
  toolId?: string | number | null | undefined;
};

/** Which records a list returns with respect to soft deletion. */
export type DeletedFilter =
  /** Only records that are not deleted (default). */
  | 'EXCLUDE'
  /** Both. */
  | 'INCLUDE'
  /** Only soft-deleted records (the trash). */
  | 'ONLY';

export type IdFilter = {
  equals?: string | number | null | undefined;
  in?: Array<string | number> | null | undefined;
  isNull?: boolean | null | undefined;
};

/** Identifies one record by its global id. */
export type IdInput = {
  id: string | number;
};

export type IntFilter = {
  equals?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  isNull?: boolean | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** Filter Lead records: every given condition must hold; combine with AND, OR and NOT. */
export type LeadFilter = {
  AND?: Array<LeadFilter> | null | undefined;
  NOT?: LeadFilter | null | undefined;
  OR?: Array<LeadFilter> | null | undefined;
  assigneeId?: IdFilter | null | undefined;
  companyName?: StringFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  customFields?: Array<CustomFieldFilter> | null | undefined;
  email?: StringFilter | null | undefined;
  firstName?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  lastName?: StringFilter | null | undefined;
  rating?: LeadRatingFilter | null | undefined;
  score?: IntFilter | null | undefined;
  source?: LeadSourceFilter | null | undefined;
  status?: LeadStatusFilter | null | undefined;
};

/** The qualitative score. */
export type LeadRating =
  | 'COLD'
  | 'HOT'
  | 'WARM';

export type LeadRatingFilter = {
  equals?: LeadRating | null | undefined;
  in?: Array<LeadRating> | null | undefined;
};

export type LeadSource =
  | 'ADVERTISING'
  | 'COLD_OUTREACH'
  | 'EVENT'
  | 'OPEN_HOUSE'
  | 'OTHER'
  | 'PARTNER'
  | 'REFERRAL'
  | 'SOCIAL'
  | 'WEBSITE';

export type LeadSourceFilter = {
  equals?: LeadSource | null | undefined;
  in?: Array<LeadSource> | null | undefined;
};

/** The funnel: NEW, CONTACTED, QUALIFIED, then CONVERTED (convertLead) or UNQUALIFIED (not a fit) or LOST. */
export type LeadStatus =
  | 'CONTACTED'
  | 'CONVERTED'
  | 'LOST'
  | 'NEW'
  | 'QUALIFIED'
  | 'UNQUALIFIED';

export type LeadStatusFilter = {
  equals?: LeadStatus | null | undefined;
  in?: Array<LeadStatus> | null | undefined;
};

/** Filter Listing records: every given condition must hold; combine with AND, OR and NOT. */
export type ListingFilter = {
  AND?: Array<ListingFilter> | null | undefined;
  NOT?: ListingFilter | null | undefined;
  OR?: Array<ListingFilter> | null | undefined;
  agentId?: IdFilter | null | undefined;
  bathrooms?: DecimalFilter | null | undefined;
  bedrooms?: IntFilter | null | undefined;
  city?: StringFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  price?: DecimalFilter | null | undefined;
  propertyType?: PropertyTypeFilter | null | undefined;
  status?: ListingStatusFilter | null | undefined;
  title?: StringFilter | null | undefined;
  updatedAt?: DateTimeFilter | null | undefined;
};

export type ListingMediaInput = {
  /** At most 500 characters. */
  caption?: string | null | undefined;
  /** An http(s) URL, at most 2048 characters. */
  url: string;
};

export type ListingOrder = {
  direction?: OrderDirection | null | undefined;
  field: ListingOrderField;
};

export type ListingOrderField =
  | 'BEDROOMS'
  | 'CREATED_AT'
  | 'PRICE'
  | 'TITLE'
  | 'UPDATED_AT';

/** Where a listing is in its life; new listings start as DRAFT. */
export type ListingStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'EXPIRED'
  | 'PENDING'
  | 'SOLD'
  | 'WITHDRAWN';

export type ListingStatusFilter = {
  equals?: ListingStatus | null | undefined;
  in?: Array<ListingStatus> | null | undefined;
};

/** Filter MarketplaceTool records: every given condition must hold; combine with AND, OR and NOT. */
export type MarketplaceToolFilter = {
  AND?: Array<MarketplaceToolFilter> | null | undefined;
  NOT?: MarketplaceToolFilter | null | undefined;
  OR?: Array<MarketplaceToolFilter> | null | undefined;
  category?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  price?: DecimalFilter | null | undefined;
  tags?: StringListFilter | null | undefined;
  tier?: ToolTierFilter | null | undefined;
};

export type MarketplaceToolOrder = {
  direction?: OrderDirection | null | undefined;
  field: MarketplaceToolOrderField;
};

export type MarketplaceToolOrderField =
  | 'NAME'
  | 'PRICE';

/** OWNER > ADMIN > MEMBER > VIEWER; see the role matrix in the README. */
export type MembershipRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'OWNER'
  | 'VIEWER';

/** How a message travelled; it decides what a valid address is (see createMessage). */
export type MessageChannel =
  | 'CHAT'
  | 'EMAIL'
  | 'OTHER'
  | 'SMS'
  | 'WHATSAPP';

/** INBOUND: received from a contact or lead; OUTBOUND: sent by a member. */
export type MessageDirection =
  | 'INBOUND'
  | 'OUTBOUND';

export type MoveDealStageInput = {
  dealId: string | number;
  stageId: string | number;
};

/** Filter Notification records: every given condition must hold; combine with AND, OR and NOT. */
export type NotificationFilter = {
  AND?: Array<NotificationFilter> | null | undefined;
  NOT?: NotificationFilter | null | undefined;
  OR?: Array<NotificationFilter> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  readAt?: DateTimeFilter | null | undefined;
  type?: NotificationTypeFilter | null | undefined;
};

export type NotificationOrder = {
  direction?: OrderDirection | null | undefined;
  field: NotificationOrderField;
};

export type NotificationOrderField =
  | 'CREATED_AT';

/** What happened. LEAD_ASSIGNED, DEAL_ASSIGNED, APPOINTMENT_INVITATION and APPOINTMENT_UPDATED (rescheduled or cancelled) are raised by the database itself; SYSTEM is sent by platform administrators. */
export type NotificationType =
  | 'APPOINTMENT_INVITATION'
  | 'APPOINTMENT_UPDATED'
  | 'DEAL_ASSIGNED'
  | 'LEAD_ASSIGNED'
  | 'SYSTEM';

export type NotificationTypeFilter = {
  equals?: NotificationType | null | undefined;
  in?: Array<NotificationType> | null | undefined;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type PipelineStageInput = {
  kind?: StageKind | null | undefined;
  name: string;
  /** 0-100 */
  probability: number;
};

export type PropertyType =
  | 'COMMERCIAL'
  | 'CONDO'
  | 'HOUSE'
  | 'LAND'
  | 'MULTI_FAMILY'
  | 'OTHER'
  | 'TOWNHOUSE';

export type PropertyTypeFilter = {
  equals?: PropertyType | null | undefined;
  in?: Array<PropertyType> | null | undefined;
};

/** A purchase is a financial record: its status may change, the row never disappears. Only ACTIVE and not past expiresAt grants access. ACTIVE -> CANCELLED (the organization), ACTIVE or CANCELLED -> REFUNDED (a platform administrator), ACTIVE -> EXPIRED (the expiry job). */
export type PurchaseStatus =
  | 'ACTIVE'
  /** Cancelled by the organization (cancelToolPurchase, cancelBundlePurchase). */
  | 'CANCELLED'
  /** Past expiresAt, marked by the hourly expiry job. */
  | 'EXPIRED'
  /** Refunded by a platform administrator (refundToolPurchase, refundBundlePurchase). */
  | 'REFUNDED';

export type PurchaseStatusFilter = {
  equals?: PurchaseStatus | null | undefined;
  in?: Array<PurchaseStatus> | null | undefined;
};

export type RecordToolUsageInput = {
  /** The MarketplaceTool used. */
  toolId: string | number;
};

export type RefreshMetricsInput = {
  /** First day (UTC), included. */
  from: string;
  /** Last day (UTC), included; today at the latest. */
  to: string;
};

export type RefundBundlePurchaseInput = {
  /** The BundlePurchase. */
  id: string | number;
  /** The Organization that holds the purchase. */
  organizationId: string | number;
};

export type RefundToolPurchaseInput = {
  /** The ToolPurchase. */
  id: string | number;
  /** The Organization that holds the purchase. */
  organizationId: string | number;
};

export type RegisterTrustedDocumentsInput = {
  /** 1 to 50 GraphQL documents, each at most 64 KiB, its operations named. */
  documents: Array<string>;
};

export type RemoveMemberInput = {
  membershipId: string | number;
};

export type SendSystemNotificationInput = {
  /** At most 2000 characters; null or blank: no body. */
  body?: string | null | undefined;
  /** The Organization whose members are notified. */
  organizationId: string | number;
  /** 1 to 200 characters. */
  title: string;
  /** Only these members (User ids, 1 to 100; each must be a member). Omitted or null: every member of the organization (people, not API keys; at most 1000). */
  userIds?: Array<string | number> | null | undefined;
};

/** WON and LOST stages close the deals placed in them. */
export type StageKind =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** contains and startsWith ignore case; isNull: true matches missing values. */
export type StringFilter = {
  contains?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string> | null | undefined;
  isNull?: boolean | null | undefined;
  startsWith?: string | null | undefined;
};

/** hasAny: at least one of the values; hasAll: every value. */
export type StringListFilter = {
  hasAll?: Array<string> | null | undefined;
  hasAny?: Array<string> | null | undefined;
};

/** Filter ToolBundle records: every given condition must hold; combine with AND, OR and NOT. */
export type ToolBundleFilter = {
  AND?: Array<ToolBundleFilter> | null | undefined;
  NOT?: ToolBundleFilter | null | undefined;
  OR?: Array<ToolBundleFilter> | null | undefined;
  id?: IdFilter | null | undefined;
  type?: BundleTypeFilter | null | undefined;
};

export type ToolCategory =
  | 'ADVANCED'
  | 'CUSTOM'
  | 'ELITE'
  | 'FOUNDATION'
  | 'GROWTH'
  | 'INTEGRATION';

/** Filter ToolPurchase records: every given condition must hold; combine with AND, OR and NOT. */
export type ToolPurchaseFilter = {
  AND?: Array<ToolPurchaseFilter> | null | undefined;
  NOT?: ToolPurchaseFilter | null | undefined;
  OR?: Array<ToolPurchaseFilter> | null | undefined;
  bundlePurchaseId?: IdFilter | null | undefined;
  checkoutId?: IdFilter | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  status?: PurchaseStatusFilter | null | undefined;
  toolId?: IdFilter | null | undefined;
};

/** Filter ToolReview records: every given condition must hold; combine with AND, OR and NOT. */
export type ToolReviewFilter = {
  AND?: Array<ToolReviewFilter> | null | undefined;
  NOT?: ToolReviewFilter | null | undefined;
  OR?: Array<ToolReviewFilter> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  reviewerId?: IdFilter | null | undefined;
  toolId?: IdFilter | null | undefined;
};

/** A tool's tier sets its price. */
export type ToolTier =
  /** 100 USD. */
  | 'T1'
  /** 200 USD. */
  | 'T2'
  /** 300 USD. */
  | 'T3';

export type ToolTierFilter = {
  equals?: ToolTier | null | undefined;
  in?: Array<ToolTier> | null | undefined;
};

export type UpdateActivityInput = {
  body?: string | null | undefined;
  companyId?: string | number | null | undefined;
  completedAt?: string | null | undefined;
  contactId?: string | number | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  dealId?: string | number | null | undefined;
  dueAt?: string | null | undefined;
  id: string | number;
  leadId?: string | number | null | undefined;
  /** A Listing of this organization. */
  listingId?: string | number | null | undefined;
  /** Defaults to now. */
  occurredAt?: string | null | undefined;
  /** Defaults to the signed-in user on create. */
  ownerId?: string | number | null | undefined;
  subject?: string | null | undefined;
  type?: ActivityType | null | undefined;
};

export type UpdateAppointmentInput = {
  /** When given, replaces the contact attendees (at most 100). */
  attendeeContactIds?: Array<string | number> | null | undefined;
  /** When given, replaces the member attendees (at most 100): only newly added members are notified. */
  attendeeUserIds?: Array<string | number> | null | undefined;
  contactId?: string | number | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  dealId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Must be after startsAt. */
  endsAt?: string | null | undefined;
  id: string | number;
  listingId?: string | number | null | undefined;
  location?: string | null | undefined;
  /** An http(s) URL. */
  meetingUrl?: string | null | undefined;
  /** A User who is a member of this organization; null clears it. */
  organizerId?: string | number | null | undefined;
  startsAt?: string | null | undefined;
  status?: AppointmentStatus | null | undefined;
  title?: string | null | undefined;
};

export type UpdateAutomationInput = {
  /** 1-20, run in order. Checked against the trigger on write; a problem is BAD_USER_INPUT whose extensions.field is its path (e.g. actions[1].dueInDays) and extensions.issues lists all. */
  actions?: Array<Record<string, unknown>> | null | undefined;
  /** At most 20, all must hold; none by default (SCHEDULE needs its schedule condition). Checked against the trigger on write; a problem is BAD_USER_INPUT whose extensions.field is its path (e.g. actions[1].dueInDays) and extensions.issues lists all. */
  conditions?: Array<Record<string, unknown>> | null | undefined;
  description?: string | null | undefined;
  enabled?: boolean | null | undefined;
  id: string | number;
  /** 1-200 characters. */
  name?: string | null | undefined;
  trigger?: AutomationTrigger | null | undefined;
};

export type UpdateContactInput = {
  /** A Company of this organization. */
  companyId?: string | number | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  id: string | number;
  lastName?: string | null | undefined;
  /** A User who is a member of this organization. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  socialLinks?: Record<string, unknown> | null | undefined;
  /** Defaults to ACTIVE. */
  status?: ContactStatus | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  /** Defaults to PROSPECT. */
  type?: ContactType | null | undefined;
};

export type UpdateDealInput = {
  companyId?: string | number | null | undefined;
  contactId?: string | number | null | undefined;
  currency?: string | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  expectedCloseDate?: string | null | undefined;
  id: string | number;
  /** A Listing of this organization; null unlinks. */
  listingId?: string | number | null | undefined;
  name?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  probability?: number | null | undefined;
  /** ON_HOLD pauses a deal of an OPEN stage, OPEN resumes it; WON and LOST come from moveDealStage. */
  status?: DealStatus | null | undefined;
  value?: string | null | undefined;
};

export type UpdateLeadInput = {
  /** A User who is a member of this organization. */
  assigneeId?: string | number | null | undefined;
  companyName?: string | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  id: string | number;
  lastName?: string | null | undefined;
  phone?: string | null | undefined;
  rating?: LeadRating | null | undefined;
  /** 0-100 */
  score?: number | null | undefined;
  source?: LeadSource | null | undefined;
  /** CONVERTED is set by convertLead only. */
  status?: LeadStatus | null | undefined;
  title?: string | null | undefined;
};

export type UpdateListingInput = {
  addressLine1?: string | null | undefined;
  addressLine2?: string | null | undefined;
  /** The listing agent: a User who is a member of this organization. */
  agentId?: string | number | null | undefined;
  /** In steps of 0.5, e.g. "2.5". */
  bathrooms?: string | null | undefined;
  /** 0-1000. */
  bedrooms?: number | null | undefined;
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code, e.g. US. */
  country?: string | null | undefined;
  /** ISO 4217 code. */
  currency?: string | null | undefined;
  customFields?: Record<string, unknown> | null | undefined;
  description?: string | null | undefined;
  /** At most 50, each at most 50 characters; blanks and duplicates are dropped. */
  features?: Array<string> | null | undefined;
  id: string | number;
  lotSizeSqft?: number | null | undefined;
  /** Photos and documents in display order, at most 50. Replaces the whole list; null clears it. */
  media?: Array<ListingMediaInput> | null | undefined;
  postalCode?: string | null | undefined;
  /** At least 0. */
  price?: string | null | undefined;
  propertyType?: PropertyType | null | undefined;
  region?: string | null | undefined;
  squareFeet?: number | null | undefined;
  status?: ListingStatus | null | undefined;
  /** 1-200 characters. */
  title?: string | null | undefined;
  /** From 1600 to next year. */
  yearBuilt?: number | null | undefined;
};

export type UpdateMarketplaceToolInput = {
  /** Defaults to true. */
  active?: boolean | null | undefined;
  capabilities?: Array<string> | null | undefined;
  category?: ToolCategory | null | undefined;
  /** Optional; tier prices are in USD, the only currency accepted. */
  currency?: string | null | undefined;
  description?: string | null | undefined;
  features?: Array<string> | null | undefined;
  /** An icon name or URL, at most 500 characters; null clears it. */
  icon?: string | null | undefined;
  id: string | number;
  /** The outside services the tool connects to. */
  integrations?: Array<string> | null | undefined;
  /** Licence length in days, 1 to 3650: checkout sets each new purchase's expiresAt to the purchase time plus this many days (a tool granted by a bundle follows the bundle's licence instead). Null or omitted at creation: perpetual (expiresAt null). Changing it later does not change purchases already made. null: perpetual from now on. */
  licenceDays?: number | null | undefined;
  name?: string | null | undefined;
  /**
   * Optional: the tier sets the price. When given it must be the tier's price (BAD_USER_INPUT otherwise).
   * @deprecated The tier sets the price; omit it.
   */
  price?: string | null | undefined;
  /** Unique: lower-case letters and digits joined by hyphens. */
  slug?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  /** Sets the price: T1 100, T2 200, T3 300 USD. */
  tier?: ToolTier | null | undefined;
};

export type UpdatePipelineInput = {
  id: string | number;
  /** true makes this the default pipeline (and unsets the previous one). */
  isDefault?: boolean | null | undefined;
  name?: string | null | undefined;
};

export type UpdatePipelineStageInput = {
  id: string | number;
  kind?: StageKind | null | undefined;
  name?: string | null | undefined;
  probability?: number | null | undefined;
};

export type UpdateToolBundleInput = {
  /** Defaults to true. */
  active?: boolean | null | undefined;
  /** At most the sum of the tools' prices. */
  bundlePrice?: string | null | undefined;
  /** ISO 4217 code (defaults to USD); every tool must be priced in it. */
  currency?: string | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  /** Licence length in days, 1 to 3650: checkout sets each new purchase's expiresAt to the purchase time plus this many days (the bundle purchase and the tool purchases it grants). Null or omitted at creation: perpetual (expiresAt null). Changing it later does not change purchases already made. null: perpetual from now on. */
  licenceDays?: number | null | undefined;
  name?: string | null | undefined;
  /** Shown as popular by the storefront; defaults to false. */
  popular?: boolean | null | undefined;
  slug?: string | null | undefined;
  /** 1 to 50 distinct MarketplaceTool ids, in bundle order. Replaces the tools. */
  toolIds?: Array<string | number> | null | undefined;
  type?: BundleType | null | undefined;
};

export type UpdateToolReviewInput = {
  body?: string | null | undefined;
  id?: string | number | null | undefined;
  /** 1 to 5. */
  rating?: number | null | undefined;
  title?: string | null | undefined;
  toolId?: string | number | null | undefined;
};

export type UpdateWebhookEndpointInput = {
  /** At most 500 characters; null or blank clears it. */
  description?: string | null | undefined;
  /** false stops new deliveries; PENDING ones fail when their turn comes. */
  enabled?: boolean | null | undefined;
  /** At least one of: lead.created, lead.assigned, lead.converted, contact.created, contact.updated, deal.created, deal.updated, deal.stage_changed, deal.won, deal.lost, activity.created, appointment.booked, appointment.updated, appointment.cancelled, message.received, purchase.completed, import.completed. */
  eventTypes?: Array<string> | null | undefined;
  id: string | number;
  /** http(s), at most 2048 characters, no user name or password. With WEBHOOK_ALLOW_PRIVATE_URLS=false (the production default) it must be https and its host must be, and resolve only to, public addresses. */
  url?: string | null | undefined;
};

/** Filter WebhookDelivery records: every given condition must hold; combine with AND, OR and NOT. */
export type WebhookDeliveryFilter = {
  AND?: Array<WebhookDeliveryFilter> | null | undefined;
  NOT?: WebhookDeliveryFilter | null | undefined;
  OR?: Array<WebhookDeliveryFilter> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  endpointId?: IdFilter | null | undefined;
  eventType?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  status?: WebhookDeliveryStatusFilter | null | undefined;
};

export type WebhookDeliveryStatus =
  /** Every attempt failed, or the endpoint was disabled; redeliverWebhookDelivery sends it again. */
  | 'FAILED'
  /** Waiting for its first attempt or for a retry. */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

export type WebhookDeliveryStatusFilter = {
  equals?: WebhookDeliveryStatus | null | undefined;
  in?: Array<WebhookDeliveryStatus> | null | undefined;
};

export type ApiKeyCreateMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ApiKeyCreateMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, role: MembershipRole, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null } } };

export type ApiKeyRotateMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyRotateMutation = { rotateApiKey: { secret: string, apiKey: { id: string, prefix: string } } };

export type ApiKeyRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeyRevokeMutation = { revokeApiKey: { apiKey: { id: string, revokedAt: string | null } } };

export type ApiKeyListQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyListQuery = { apiKeys: { totalCount: number, edges: Array<{ node: { id: string, name: string, role: MembershipRole, prefix: string, lastUsedAt: string | null, revokedAt: string | null } }> } };

export type ApiKeyWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyWhoAmIQuery = { me: { id: string, name: string | null }, organization: { id: string }, organizations: { totalCount: number } };

export type ApiKeyContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyContactsQuery = { contacts: { totalCount: number } };

export type ApiKeyCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type ApiKeyCreateContactMutation = { createContact: { contact: { id: string } } };

export type ApiKeyMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyMembersQuery = { members: { totalCount: number, edges: Array<{ node: { id: string, user: { id: string } } }> } };

export type ApiKeyCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type ApiKeyCreateOrganizationMutation = { createOrganization: { organization: { id: string } } };

export type AppointmentFieldsFragment = { id: string, title: string, description: string | null, startsAt: string, endsAt: string, location: string | null, meetingUrl: string | null, status: AppointmentStatus, customFields: Record<string, unknown>, deletedAt: string | null, updatedAt: string, organizer: { id: string } | null, deal: { id: string } | null, contact: { id: string } | null, listing: { id: string } | null, attendees: Array<{ invitedAt: string, user: { id: string } | null, contact: { id: string } | null }> };

export type AppointmentCreateMutationVariables = Exact<{
  input: CreateAppointmentInput;
}>;


export type AppointmentCreateMutation = { createAppointment: { appointment: { id: string, title: string, description: string | null, startsAt: string, endsAt: string, location: string | null, meetingUrl: string | null, status: AppointmentStatus, customFields: Record<string, unknown>, deletedAt: string | null, updatedAt: string, organizer: { id: string } | null, deal: { id: string } | null, contact: { id: string } | null, listing: { id: string } | null, attendees: Array<{ invitedAt: string, user: { id: string } | null, contact: { id: string } | null }> }, conflicts: Array<{ id: string, title: string }> } };

export type AppointmentUpdateMutationVariables = Exact<{
  input: UpdateAppointmentInput;
}>;


export type AppointmentUpdateMutation = { updateAppointment: { appointment: { id: string, title: string, description: string | null, startsAt: string, endsAt: string, location: string | null, meetingUrl: string | null, status: AppointmentStatus, customFields: Record<string, unknown>, deletedAt: string | null, updatedAt: string, organizer: { id: string } | null, deal: { id: string } | null, contact: { id: string } | null, listing: { id: string } | null, attendees: Array<{ invitedAt: string, user: { id: string } | null, contact: { id: string } | null }> }, conflicts: Array<{ id: string, title: string }> } };

export type AppointmentDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type AppointmentDeleteMutation = { deleteAppointment: { appointment: { id: string, deletedAt: string | null } } };

export type AppointmentRestoreMutationVariables = Exact<{
  id: string | number;
}>;


export type AppointmentRestoreMutation = { restoreAppointment: { appointment: { id: string, deletedAt: string | null } } };

export type AppointmentNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AppointmentNodeQuery = { node:
    | { id: string, title: string, description: string | null, startsAt: string, endsAt: string, location: string | null, meetingUrl: string | null, status: AppointmentStatus, customFields: Record<string, unknown>, deletedAt: string | null, updatedAt: string, organizer: { id: string } | null, deal: { id: string } | null, contact: { id: string } | null, listing: { id: string } | null, attendees: Array<{ invitedAt: string, user: { id: string } | null, contact: { id: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type AppointmentListQueryVariables = Exact<{
  filter?: AppointmentFilter | null | undefined;
  orderBy?: Array<AppointmentOrder> | AppointmentOrder | null | undefined;
  deleted?: DeletedFilter | null | undefined;
}>;


export type AppointmentListQuery = { appointments: { totalCount: number, edges: Array<{ node: { id: string, title: string } }> } };

export type AppointmentUpcomingQueryVariables = Exact<{
  userId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AppointmentUpcomingQuery = { upcomingAppointments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, startsAt: string } }> } };

export type AppointmentCreateWithConflictDetailsMutationVariables = Exact<{
  input: CreateAppointmentInput;
}>;


export type AppointmentCreateWithConflictDetailsMutation = { createAppointment: { appointment: { id: string }, conflicts: Array<{ id: string, title: string, organizer: { id: string } | null, attendees: Array<{ user: { id: string } | null }> }> } };

export type AppointmentRelatedQueryVariables = Exact<{
  deal: string | number;
  contact: string | number;
  listing: string | number;
}>;


export type AppointmentRelatedQuery = { listing:
    | { appointments: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null, deal:
    | { appointments: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null, contact:
    | { appointments: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AppointmentAttendeeTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentAttendeeTypeQuery = { __type: { fields: Array<{ name: string }> | null, interfaces: Array<{ name: string | null }> | null } | null };

export type AttachmentCreateUploadMutationVariables = Exact<{
  input: CreateAttachmentUploadInput;
}>;


export type AttachmentCreateUploadMutation = { createAttachmentUpload: { uploadUrl: string, uploadExpiresAt: string, attachment: { id: string, fileName: string, contentType: string, sizeBytes: number, checksumSha256: string, status: AttachmentStatus, downloadUrl: string | null, uploadedBy: { id: string } | null, record:
        | { __typename: 'Company' }
        | { __typename: 'Contact', id: string }
        | { __typename: 'Deal', id: string }
        | { __typename: 'Lead' }
        | { __typename: 'Listing' }
       | null }, uploadHeaders: Array<{ name: string, value: string }> } };

export type AttachmentNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AttachmentNodeQuery = { node:
    | { id: string, fileName: string, contentType: string, sizeBytes: number, checksumSha256: string, status: AttachmentStatus, downloadUrl: string | null, downloadUrlExpiresAt: string | null, createdAt: string, deletedAt: string | null, uploadedBy: { id: string } | null, record:
        | { __typename: 'Company', id: string }
        | { __typename: 'Contact', id: string }
        | { __typename: 'Deal', id: string }
        | { __typename: 'Lead', id: string }
        | { __typename: 'Listing', id: string }
       | null }
    | Record<PropertyKey, never>
   | null };

export type AttachmentContactAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type AttachmentContactAttachmentsQuery = { node:
    | { attachments: { totalCount: number, edges: Array<{ node: { id: string, status: AttachmentStatus } }> } }
    | Record<PropertyKey, never>
   | null };

export type AttachmentDealAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type AttachmentDealAttachmentsQuery = { node:
    | { attachments: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AttachmentListQueryVariables = Exact<{
  filter?: AttachmentFilter | null | undefined;
  orderBy?: Array<AttachmentOrder> | AttachmentOrder | null | undefined;
  deleted?: DeletedFilter | null | undefined;
}>;


export type AttachmentListQuery = { attachments: { totalCount: number, edges: Array<{ node: { id: string, fileName: string } }> } };

export type AttachmentDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type AttachmentDeleteMutation = { deleteAttachment: { attachment: { id: string, deletedAt: string | null, downloadUrl: string | null } } };

export type AttachmentRestoreMutationVariables = Exact<{
  id: string | number;
}>;


export type AttachmentRestoreMutation = { restoreAttachment: { attachment: { id: string, deletedAt: string | null, status: AttachmentStatus } } };

export type AttachmentRemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type AttachmentRemoveMemberMutation = { removeMember: { removedMembershipId: string } };

export type AuditEntryFieldsFragment = { id: string, action: AuditAction, recordType: AuditRecordType, recordId: string, occurredAt: string, actor: { id: string } | null, record:
    | { __typename: 'Activity', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Automation', id: string }
    | { __typename: 'AutomationRun', id: string }
    | { __typename: 'BundlePurchase', id: string }
    | { __typename: 'Checkout', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Contact', id: string }
    | { __typename: 'CustomFieldDefinition', id: string }
    | { __typename: 'DailyMetric', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'ImportRun', id: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'Lead', id: string }
    | { __typename: 'Listing', id: string }
    | { __typename: 'MarketplaceTool', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Pipeline', id: string }
    | { __typename: 'PipelineStage', id: string }
    | { __typename: 'ShoppingCart', id: string }
    | { __typename: 'ToolBundle', id: string }
    | { __typename: 'ToolPurchase', id: string }
    | { __typename: 'ToolReview', id: string }
    | { __typename: 'TrustedDocument', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null, changes: Array<{ field: string, old: unknown, new: unknown }> };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditEntryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: Array<AuditEntryOrder> | AuditEntryOrder | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: AuditAction, recordType: AuditRecordType, recordId: string, occurredAt: string, actor: { id: string } | null, record:
          | { __typename: 'Activity', id: string }
          | { __typename: 'ApiKey', id: string }
          | { __typename: 'Appointment', id: string }
          | { __typename: 'Attachment', id: string }
          | { __typename: 'AuditEntry', id: string }
          | { __typename: 'Automation', id: string }
          | { __typename: 'AutomationRun', id: string }
          | { __typename: 'BundlePurchase', id: string }
          | { __typename: 'Checkout', id: string }
          | { __typename: 'Company', id: string }
          | { __typename: 'Contact', id: string }
          | { __typename: 'CustomFieldDefinition', id: string }
          | { __typename: 'DailyMetric', id: string }
          | { __typename: 'Deal', id: string }
          | { __typename: 'ImportRun', id: string }
          | { __typename: 'Invitation', id: string }
          | { __typename: 'Lead', id: string }
          | { __typename: 'Listing', id: string }
          | { __typename: 'MarketplaceTool', id: string }
          | { __typename: 'Membership', id: string }
          | { __typename: 'Message', id: string }
          | { __typename: 'Notification', id: string }
          | { __typename: 'Organization', id: string }
          | { __typename: 'Pipeline', id: string }
          | { __typename: 'PipelineStage', id: string }
          | { __typename: 'ShoppingCart', id: string }
          | { __typename: 'ToolBundle', id: string }
          | { __typename: 'ToolPurchase', id: string }
          | { __typename: 'ToolReview', id: string }
          | { __typename: 'TrustedDocument', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'WebhookDelivery', id: string }
          | { __typename: 'WebhookEndpoint', id: string }
         | null, changes: Array<{ field: string, old: unknown, new: unknown }> } }> } };

export type AuditHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditHistoryQuery = { node:
    | { history: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, action: AuditAction, recordType: AuditRecordType, recordId: string, occurredAt: string, actor: { id: string } | null, record:
              | { __typename: 'Activity', id: string }
              | { __typename: 'ApiKey', id: string }
              | { __typename: 'Appointment', id: string }
              | { __typename: 'Attachment', id: string }
              | { __typename: 'AuditEntry', id: string }
              | { __typename: 'Automation', id: string }
              | { __typename: 'AutomationRun', id: string }
              | { __typename: 'BundlePurchase', id: string }
              | { __typename: 'Checkout', id: string }
              | { __typename: 'Company', id: string }
              | { __typename: 'Contact', id: string }
              | { __typename: 'CustomFieldDefinition', id: string }
              | { __typename: 'DailyMetric', id: string }
              | { __typename: 'Deal', id: string }
              | { __typename: 'ImportRun', id: string }
              | { __typename: 'Invitation', id: string }
              | { __typename: 'Lead', id: string }
              | { __typename: 'Listing', id: string }
              | { __typename: 'MarketplaceTool', id: string }
              | { __typename: 'Membership', id: string }
              | { __typename: 'Message', id: string }
              | { __typename: 'Notification', id: string }
              | { __typename: 'Organization', id: string }
              | { __typename: 'Pipeline', id: string }
              | { __typename: 'PipelineStage', id: string }
              | { __typename: 'ShoppingCart', id: string }
              | { __typename: 'ToolBundle', id: string }
              | { __typename: 'ToolPurchase', id: string }
              | { __typename: 'ToolReview', id: string }
              | { __typename: 'TrustedDocument', id: string }
              | { __typename: 'User', id: string }
              | { __typename: 'WebhookDelivery', id: string }
              | { __typename: 'WebhookEndpoint', id: string }
             | null, changes: Array<{ field: string, old: unknown, new: unknown }> } }> } }
    | Record<PropertyKey, never>
   | null };

export type AuditUpdateContactMutationVariables = Exact<{
  input: UpdateContactInput;
}>;


export type AuditUpdateContactMutation = { updateContact: { contact: { id: string, lastName: string, updatedAt: string } } };

export type AuditDeleteContactMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditDeleteContactMutation = { deleteContact: { contact: { id: string, deletedAt: string | null } } };

export type AuditRestoreContactMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditRestoreContactMutation = { restoreContact: { contact: { id: string, deletedAt: string | null } } };

export type AuditCreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type AuditCreateDealMutation = { createDeal: { deal: { id: string, value: string, expectedCloseDate: string | null, stage: { id: string }, pipeline: { id: string } } } };

export type AuditDefaultPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditDefaultPipelinesQuery = { pipelines: { edges: Array<{ node: { id: string } }> } };

export type AuditCreateStageMutationVariables = Exact<{
  input: CreatePipelineStageInput;
}>;


export type AuditCreateStageMutation = { createPipelineStage: { stage: { id: string } } };

export type AuditDeleteStageMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditDeleteStageMutation = { deletePipelineStage: { stage: { id: string } } };

export type AuditNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditNodeQuery = { node:
    | { __typename: 'Activity', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Automation', id: string }
    | { __typename: 'AutomationRun', id: string }
    | { __typename: 'BundlePurchase', id: string }
    | { __typename: 'Checkout', id: string }
    | { __typename: 'Company', id: string }
    | { __typename: 'Contact', id: string }
    | { __typename: 'CustomFieldDefinition', id: string }
    | { __typename: 'DailyMetric', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'ImportRun', id: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'Lead', id: string }
    | { __typename: 'Listing', id: string }
    | { __typename: 'MarketplaceTool', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Pipeline', id: string }
    | { __typename: 'PipelineStage', id: string }
    | { __typename: 'ShoppingCart', id: string }
    | { __typename: 'ToolBundle', id: string }
    | { __typename: 'ToolPurchase', id: string }
    | { __typename: 'ToolReview', id: string }
    | { __typename: 'TrustedDocument', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type AuditPageQueryVariables = Exact<{
  first: number;
}>;


export type AuditPageQuery = { auditLog: { edges: Array<{ node: { action: AuditAction, changes: Array<{ field: string }>, actor: { id: string, name: string | null } | null, record:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { name: string, id: string }
          | { fullName: string, id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null } }> } };

export type BuildCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type BuildCompanyMutation = { createCompany: { company: { id: string } } };

export type BuildContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type BuildContactMutation = { createContact: { contact: { id: string } } };

export type BuildLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type BuildLeadMutation = { createLead: { lead: { id: string } } };

export type BuildDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type BuildDealMutation = { createDeal: { deal: { id: string } } };

export type BuildActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type BuildActivityMutation = { createActivity: { activity: { id: string } } };

export type BuildPipelineMutationVariables = Exact<{
  input: CreatePipelineInput;
}>;


export type BuildPipelineMutation = { createPipeline: { pipeline: { id: string, stages: Array<{ id: string }> } } };

export type BuildMeQueryVariables = Exact<{ [key: string]: never; }>;


export type BuildMeQuery = { me: { id: string } };

export type BuildDefaultPipelineQueryVariables = Exact<{ [key: string]: never; }>;


export type BuildDefaultPipelineQuery = { pipelines: { edges: Array<{ node: { id: string, stages: Array<{ id: string, name: string }> } }> } };

export type ConvertLeadCreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type ConvertLeadCreateLeadMutation = { createLead: { lead: { id: string, status: LeadStatus } } };

export type ConvertLeadCreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type ConvertLeadCreateCompanyMutation = { createCompany: { company: { id: string, name: string } } };

export type ConvertLeadCreatePipelineMutationVariables = Exact<{
  input: CreatePipelineInput;
}>;


export type ConvertLeadCreatePipelineMutation = { createPipeline: { pipeline: { id: string, stages: Array<{ id: string, name: string }> } } };

export type ConvertLeadPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConvertLeadPipelinesQuery = { pipelines: { edges: Array<{ node: { id: string, isDefault: boolean, stages: Array<{ id: string, name: string, position: number }> } }> } };

export type ConvertLeadConvertMutationVariables = Exact<{
  input: ConvertLeadInput;
}>;


export type ConvertLeadConvertMutation = { convertLead: { lead: { id: string, status: LeadStatus, convertedAt: string | null, convertedContact: { id: string } | null }, contact: { id: string, firstName: string, lastName: string, email: string | null, phone: string | null, title: string | null, customFields: Record<string, unknown>, owner: { id: string } | null, company: { id: string, name: string } | null }, company: { id: string, name: string } | null, deal: { id: string, name: string, value: string, currency: string, status: DealStatus, contact: { id: string } | null, company: { id: string } | null, lead: { id: string } | null, pipeline: { id: string, isDefault: boolean }, stage: { id: string, name: string, position: number } } | null } };

export type ConvertLeadNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ConvertLeadNodeQuery = { node:
    | { id: string, status: LeadStatus, convertedAt: string | null, convertedContact: { id: string, fullName: string } | null, deals: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type ConvertLeadCreateThenConvertMutationVariables = Exact<{
  company: CreateCompanyInput;
  convert: ConvertLeadInput;
}>;


export type ConvertLeadCreateThenConvertMutation = { first: { company: { id: string } }, second: { lead: { id: string } } };

export type ConvertLeadMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConvertLeadMeQuery = { me: { id: string } };

export type ConvertLeadDefineFieldMutationVariables = Exact<{
  input: CreateCustomFieldDefinitionInput;
}>;


export type ConvertLeadDefineFieldMutation = { createCustomFieldDefinition: { customFieldDefinition: { id: string, key: string } } };

export type ConvertLeadDeleteFieldMutationVariables = Exact<{
  id: string | number;
}>;


export type ConvertLeadDeleteFieldMutation = { deleteCustomFieldDefinition: { customFieldDefinition: { id: string, deletedAt: string | null } } };

export type DealFieldsFragment = { id: string, name: string, value: string, currency: string, probability: number, status: DealStatus, closedAt: string | null, expectedCloseDate: string | null, pipeline: { id: string, isDefault: boolean }, stage: { id: string, name: string, kind: StageKind, probability: number } };

export type DealPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type DealPipelinesQuery = { pipelines: { edges: Array<{ node: { id: string, name: string, isDefault: boolean, stages: Array<{ id: string, name: string, kind: StageKind, probability: number, position: number }> } }> } };

export type DealCreateMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type DealCreateMutation = { createDeal: { deal: { id: string, name: string, value: string, currency: string, probability: number, status: DealStatus, closedAt: string | null, expectedCloseDate: string | null, pipeline: { id: string, isDefault: boolean }, stage: { id: string, name: string, kind: StageKind, probability: number } } } };

export type DealUpdateMutationVariables = Exact<{
  input: UpdateDealInput;
}>;


export type DealUpdateMutation = { updateDeal: { deal: { id: string, name: string, value: string, currency: string, probability: number, status: DealStatus, closedAt: string | null, expectedCloseDate: string | null, pipeline: { id: string, isDefault: boolean }, stage: { id: string, name: string, kind: StageKind, probability: number } } } };

export type DealMoveStageMutationVariables = Exact<{
  input: MoveDealStageInput;
}>;


export type DealMoveStageMutation = { moveDealStage: { deal: { id: string, name: string, value: string, currency: string, probability: number, status: DealStatus, closedAt: string | null, expectedCloseDate: string | null, pipeline: { id: string, isDefault: boolean }, stage: { id: string, name: string, kind: StageKind, probability: number } }, activity: { id: string, type: ActivityType, subject: string, body: string | null, deal: { id: string } | null, owner: { id: string } | null } | null } };

export type DealNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type DealNodeQuery = { node:
    | { id: string, name: string, value: string, currency: string, probability: number, status: DealStatus, closedAt: string | null, expectedCloseDate: string | null, activities: { totalCount: number, edges: Array<{ node: { id: string, type: ActivityType, subject: string, occurredAt: string } }> }, lastActivity: { id: string, subject: string, occurredAt: string } | null, pipeline: { id: string, isDefault: boolean }, stage: { id: string, name: string, kind: StageKind, probability: number } }
    | Record<PropertyKey, never>
   | null };

export type DealCreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type DealCreateActivityMutation = { createActivity: { activity: { id: string, type: ActivityType, subject: string } } };

export type DealUpdateActivityMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;


export type DealUpdateActivityMutation = { updateActivity: { activity: { id: string, type: ActivityType } } };

export type DealDeleteActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type DealDeleteActivityMutation = { deleteActivity: { activity: { id: string, deletedAt: string | null } } };

export type DealMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DealMeQuery = { me: { id: string } };

export type FiltersPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type FiltersPipelinesQuery = { pipelines: { edges: Array<{ node: { id: string, isDefault: boolean, stages: Array<{ id: string, name: string, kind: StageKind }> } }> } };

export type FiltersMoveDealStageMutationVariables = Exact<{
  input: MoveDealStageInput;
}>;


export type FiltersMoveDealStageMutation = { moveDealStage: { deal: { id: string, status: DealStatus } } };

export type FiltersContactsQueryVariables = Exact<{
  filter?: ContactFilter | null | undefined;
}>;


export type FiltersContactsQuery = { contacts: { totalCount: number, edges: Array<{ node: { firstName: string } }> } };

export type FiltersDealsQueryVariables = Exact<{
  filter?: DealFilter | null | undefined;
}>;


export type FiltersDealsQuery = { deals: { totalCount: number, edges: Array<{ node: { name: string } }> } };

export type FiltersLeadsQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
}>;


export type FiltersLeadsQuery = { leads: { totalCount: number, edges: Array<{ node: { lastName: string } }> } };

export type IdempotencyCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type IdempotencyCreateContactMutation = { createContact: { contact: { id: string, firstName: string, lastName: string } } };

export type IdempotencyCheckoutMutationVariables = Exact<{ [key: string]: never; }>;


export type IdempotencyCheckoutMutation = { checkout: { replayed: boolean, checkout: { id: string, idempotencyKey: string, total: string } } };

export type IdempotencyContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdempotencyContactsQuery = { contacts: { totalCount: number } };

export type ListingFieldsFragment = { id: string, title: string, description: string | null, propertyType: PropertyType, status: ListingStatus, price: string, currency: string, addressLine1: string | null, addressLine2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null, bedrooms: number | null, bathrooms: string | null, squareFeet: number | null, lotSizeSqft: number | null, yearBuilt: number | null, features: Array<string>, customFields: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, media: Array<{ url: string, caption: string | null }>, agent: { id: string } | null };

export type ListingCreateMutationVariables = Exact<{
  input: CreateListingInput;
}>;


export type ListingCreateMutation = { createListing: { listing: { id: string, title: string, description: string | null, propertyType: PropertyType, status: ListingStatus, price: string, currency: string, addressLine1: string | null, addressLine2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null, bedrooms: number | null, bathrooms: string | null, squareFeet: number | null, lotSizeSqft: number | null, yearBuilt: number | null, features: Array<string>, customFields: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, media: Array<{ url: string, caption: string | null }>, agent: { id: string } | null } } };

export type ListingUpdateMutationVariables = Exact<{
  input: UpdateListingInput;
}>;


export type ListingUpdateMutation = { updateListing: { listing: { id: string, title: string, description: string | null, propertyType: PropertyType, status: ListingStatus, price: string, currency: string, addressLine1: string | null, addressLine2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null, bedrooms: number | null, bathrooms: string | null, squareFeet: number | null, lotSizeSqft: number | null, yearBuilt: number | null, features: Array<string>, customFields: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, media: Array<{ url: string, caption: string | null }>, agent: { id: string } | null } } };

export type ListingDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ListingDeleteMutation = { deleteListing: { listing: { id: string, deletedAt: string | null } } };

export type ListingRestoreMutationVariables = Exact<{
  id: string | number;
}>;


export type ListingRestoreMutation = { restoreListing: { listing: { id: string, deletedAt: string | null } } };

export type ListingNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ListingNodeQuery = { node:
    | { id: string, title: string, description: string | null, propertyType: PropertyType, status: ListingStatus, price: string, currency: string, addressLine1: string | null, addressLine2: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null, bedrooms: number | null, bathrooms: string | null, squareFeet: number | null, lotSizeSqft: number | null, yearBuilt: number | null, features: Array<string>, customFields: Record<string, unknown>, createdAt: string, updatedAt: string, deletedAt: string | null, deals: { totalCount: number, edges: Array<{ node: { id: string, name: string, listing: { id: string } | null } }> }, media: Array<{ url: string, caption: string | null }>, agent: { id: string } | null }
    | Record<PropertyKey, never>
   | null };

export type ListingListQueryVariables = Exact<{
  filter?: ListingFilter | null | undefined;
  orderBy?: Array<ListingOrder> | ListingOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  deleted?: DeletedFilter | null | undefined;
}>;


export type ListingListQuery = { listings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, price: string, bedrooms: number | null, bathrooms: string | null, city: string | null, status: ListingStatus, propertyType: PropertyType } }> } };

export type ListingCreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type ListingCreateDealMutation = { createDeal: { deal: { id: string, name: string, listing: { id: string, title: string } | null } } };

export type ListingUpdateDealMutationVariables = Exact<{
  input: UpdateDealInput;
}>;


export type ListingUpdateDealMutation = { updateDeal: { deal: { id: string, listing: { id: string } | null } } };

export type ListingDeleteDealMutationVariables = Exact<{
  id: string | number;
}>;


export type ListingDeleteDealMutation = { deleteDeal: { deal: { id: string } } };

export type ListingDealsQueryVariables = Exact<{
  filter?: DealFilter | null | undefined;
}>;


export type ListingDealsQuery = { deals: { totalCount: number, edges: Array<{ node: { id: string, listing: { id: string } | null } }> } };

export type ListingMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ListingMeQuery = { me: { id: string } };

export type LicenceCreateToolMutationVariables = Exact<{
  input: CreateMarketplaceToolInput;
}>;


export type LicenceCreateToolMutation = { createMarketplaceTool: { marketplaceTool: { id: string, licenceDays: number | null } } };

export type LicenceUpdateToolMutationVariables = Exact<{
  input: UpdateMarketplaceToolInput;
}>;


export type LicenceUpdateToolMutation = { updateMarketplaceTool: { marketplaceTool: { id: string, name: string, licenceDays: number | null } } };

export type LicenceCreateBundleMutationVariables = Exact<{
  input: CreateToolBundleInput;
}>;


export type LicenceCreateBundleMutation = { createToolBundle: { toolBundle: { id: string, licenceDays: number | null, tools: Array<{ id: string, licenceDays: number | null }> } } };

export type LicenceUpdateBundleMutationVariables = Exact<{
  input: UpdateToolBundleInput;
}>;


export type LicenceUpdateBundleMutation = { updateToolBundle: { toolBundle: { id: string, name: string, licenceDays: number | null } } };

export type LicenceCatalogQueryVariables = Exact<{
  toolId: string | number;
  bundleId: string | number;
}>;


export type LicenceCatalogQuery = { tool:
    | { id: string, licenceDays: number | null }
    | Record<PropertyKey, never>
   | null, bundle:
    | { id: string, licenceDays: number | null }
    | Record<PropertyKey, never>
   | null };

export type LicenceCheckoutMutationVariables = Exact<{
  key: string;
}>;


export type LicenceCheckoutMutation = { checkout: { checkout: { id: string, createdAt: string, toolPurchases: Array<{ id: string, createdAt: string, expiresAt: string | null, status: PurchaseStatus, tool: { id: string }, bundlePurchase: { id: string } | null }>, bundlePurchases: Array<{ id: string, createdAt: string, expiresAt: string | null, status: PurchaseStatus }> } } };

export type LicenceToolPurchasesQueryVariables = Exact<{
  filter?: ToolPurchaseFilter | null | undefined;
}>;


export type LicenceToolPurchasesQuery = { toolPurchases: { edges: Array<{ node: { id: string, status: PurchaseStatus, createdAt: string, expiresAt: string | null, grantsAccess: boolean, tool: { id: string, purchased: boolean | null } } }> } };

export type LifecycleToolPurchaseFieldsFragment = { id: string, status: PurchaseStatus, statusChangedAt: string | null, expiresAt: string | null, grantsAccess: boolean, lastUsedAt: string | null, usageCount: number, tool: { id: string, purchased: boolean | null }, bundlePurchase: { id: string } | null };

export type LifecycleCancelToolPurchaseMutationVariables = Exact<{
  input: CancelToolPurchaseInput;
}>;


export type LifecycleCancelToolPurchaseMutation = { cancelToolPurchase: { toolPurchase: { id: string, status: PurchaseStatus, statusChangedAt: string | null, expiresAt: string | null, grantsAccess: boolean, lastUsedAt: string | null, usageCount: number, tool: { id: string, purchased: boolean | null }, bundlePurchase: { id: string } | null } } };

export type LifecycleCancelBundlePurchaseMutationVariables = Exact<{
  input: CancelBundlePurchaseInput;
}>;


export type LifecycleCancelBundlePurchaseMutation = { cancelBundlePurchase: { bundlePurchase: { id: string, status: PurchaseStatus, statusChangedAt: string | null, expiresAt: string | null, toolPurchases: Array<{ id: string, status: PurchaseStatus, statusChangedAt: string | null, expiresAt: string | null, grantsAccess: boolean, lastUsedAt: string | null, usageCount: number, tool: { id: string, purchased: boolean | null }, bundlePurchase: { id: string } | null }> } } };

export type LifecycleRefundToolPurchaseMutationVariables = Exact<{
  input: RefundToolPurchaseInput;
}>;


export type LifecycleRefundToolPurchaseMutation = { refundToolPurchase: { organizationId: string, purchaseId: string, status: PurchaseStatus, statusChangedAt: string, toolPurchasesRefunded: number } };

export type LifecycleRefundBundlePurchaseMutationVariables = Exact<{
  input: RefundBundlePurchaseInput;
}>;


export type LifecycleRefundBundlePurchaseMutation = { refundBundlePurchase: { organizationId: string, purchaseId: string, status: PurchaseStatus, statusChangedAt: string, toolPurchasesRefunded: number } };

export type LifecycleRecordToolUsageMutationVariables = Exact<{
  input: RecordToolUsageInput;
}>;


export type LifecycleRecordToolUsageMutation = { recordToolUsage: { counted: boolean, toolPurchase: { id: string, status: PurchaseStatus, statusChangedAt: string | null, expiresAt: string | null, grantsAccess: boolean, lastUsedAt: string | null, usageCount: number, tool: { id: string, purchased: boolean | null }, bundlePurchase: { id: string } | null } } };

export type LifecycleToolPurchasesQueryVariables = Exact<{
  filter?: ToolPurchaseFilter | null | undefined;
}>;


export type LifecycleToolPurchasesQuery = { toolPurchases: { totalCount: number, edges: Array<{ node: { id: string, status: PurchaseStatus, statusChangedAt: string | null, expiresAt: string | null, grantsAccess: boolean, lastUsedAt: string | null, usageCount: number, tool: { id: string, purchased: boolean | null }, bundlePurchase: { id: string } | null } }> } };

export type LifecycleToolQueryVariables = Exact<{
  filter?: MarketplaceToolFilter | null | undefined;
}>;


export type LifecycleToolQuery = { marketplaceTools: { edges: Array<{ node: { id: string, price: string, purchased: boolean | null, purchaseCount: number, rating: string | null, ratingCount: number } }> } };

export type RebuyToolPurchaseFieldsFragment = { id: string, status: PurchaseStatus, price: string, createdAt: string, grantsAccess: boolean, checkout: { id: string } | null, bundlePurchase: { id: string } | null, tool: { id: string, purchased: boolean | null, purchaseCount: number } };

export type RebuyToolPurchasesQueryVariables = Exact<{
  filter?: ToolPurchaseFilter | null | undefined;
}>;


export type RebuyToolPurchasesQuery = { toolPurchases: { totalCount: number, edges: Array<{ node: { id: string, status: PurchaseStatus, price: string, createdAt: string, grantsAccess: boolean, checkout: { id: string } | null, bundlePurchase: { id: string } | null, tool: { id: string, purchased: boolean | null, purchaseCount: number } } }> } };

export type RebuyBundlePurchasesQueryVariables = Exact<{
  filter?: BundlePurchaseFilter | null | undefined;
}>;


export type RebuyBundlePurchasesQuery = { bundlePurchases: { edges: Array<{ node: { id: string, status: PurchaseStatus, price: string, toolPurchases: Array<{ id: string, status: PurchaseStatus, price: string, tool: { id: string } }> } }> } };

export type RebuyPurchaseReviewsQueryVariables = Exact<{
  filter?: ToolPurchaseFilter | null | undefined;
}>;


export type RebuyPurchaseReviewsQuery = { toolPurchases: { edges: Array<{ node: { id: string, status: PurchaseStatus, reviews: { totalCount: number, edges: Array<{ node: { id: string, rating: number } }> } } }> } };

export type RebuyCreateReviewMutationVariables = Exact<{
  input: CreateToolReviewInput;
}>;


export type RebuyCreateReviewMutation = { createToolReview: { toolReview: { id: string, rating: number, tool: { id: string }, purchase: { id: string, status: PurchaseStatus } } } };

export type MarketplaceToolFieldsFragment = { id: string, slug: string, name: string, description: string | null, category: ToolCategory, tier: ToolTier, price: string, currency: string, icon: string | null, features: Array<string>, capabilities: Array<string>, integrations: Array<string>, tags: Array<string>, purchaseCount: number, rating: string | null, ratingCount: number, active: boolean, purchased: boolean | null };

export type MarketplaceBundleFieldsFragment = { id: string, slug: string, name: string, type: BundleType, originalPrice: string, bundlePrice: string, discount: string, discountPercent: string, popular: boolean, currency: string, active: boolean, purchased: boolean | null, tools: Array<{ id: string, name: string, price: string }> };

export type MarketplaceCartFieldsFragment = { id: string, total: string, currency: string | null, user: { id: string } | null, items: Array<{ addedAt: string, tool: { id: string } | null, bundle: { id: string } | null }> };

export type MarketplaceReviewFieldsFragment = { id: string, rating: number, title: string | null, body: string | null, deletedAt: string | null, reviewer: { id: string } | null, tool: { id: string }, purchase: { id: string } };

export type MarketplaceCreateToolMutationVariables = Exact<{
  input: CreateMarketplaceToolInput;
}>;


export type MarketplaceCreateToolMutation = { createMarketplaceTool: { marketplaceTool: { id: string, slug: string, name: string, description: string | null, category: ToolCategory, tier: ToolTier, price: string, currency: string, icon: string | null, features: Array<string>, capabilities: Array<string>, integrations: Array<string>, tags: Array<string>, purchaseCount: number, rating: string | null, ratingCount: number, active: boolean, purchased: boolean | null } } };

export type MarketplaceUpdateToolMutationVariables = Exact<{
  input: UpdateMarketplaceToolInput;
}>;


export type MarketplaceUpdateToolMutation = { updateMarketplaceTool: { marketplaceTool: { id: string, slug: string, name: string, description: string | null, category: ToolCategory, tier: ToolTier, price: string, currency: string, icon: string | null, features: Array<string>, capabilities: Array<string>, integrations: Array<string>, tags: Array<string>, purchaseCount: number, rating: string | null, ratingCount: number, active: boolean, purchased: boolean | null } } };

export type MarketplaceCreateBundleMutationVariables = Exact<{
  input: CreateToolBundleInput;
}>;


export type MarketplaceCreateBundleMutation = { createToolBundle: { toolBundle: { id: string, slug: string, name: string, type: BundleType, originalPrice: string, bundlePrice: string, discount: string, discountPercent: string, popular: boolean, currency: string, active: boolean, purchased: boolean | null, tools: Array<{ id: string, name: string, price: string }> } } };

export type MarketplaceUpdateBundleMutationVariables = Exact<{
  input: UpdateToolBundleInput;
}>;


export type MarketplaceUpdateBundleMutation = { updateToolBundle: { toolBundle: { id: string, slug: string, name: string, type: BundleType, originalPrice: string, bundlePrice: string, discount: string, discountPercent: string, popular: boolean, currency: string, active: boolean, purchased: boolean | null, tools: Array<{ id: string, name: string, price: string }> } } };

export type MarketplaceToolsQueryVariables = Exact<{
  filter?: MarketplaceToolFilter | null | undefined;
  orderBy?: Array<MarketplaceToolOrder> | MarketplaceToolOrder | null | undefined;
  active?: boolean | null | undefined;
}>;


export type MarketplaceToolsQuery = { marketplaceTools: { totalCount: number, edges: Array<{ node: { id: string, name: string, price: string, active: boolean, purchased: boolean | null, bundles: Array<{ id: string }> } }> } };

export type MarketplaceBundlesQueryVariables = Exact<{
  filter?: ToolBundleFilter | null | undefined;
}>;


export type MarketplaceBundlesQuery = { toolBundles: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, type: BundleType, originalPrice: string, bundlePrice: string, discount: string, discountPercent: string, popular: boolean, currency: string, active: boolean, purchased: boolean | null, tools: Array<{ id: string, name: string, price: string }> } }> } };

export type MarketplaceCartQueryVariables = Exact<{ [key: string]: never; }>;


export type MarketplaceCartQuery = { shoppingCart: { id: string, total: string, currency: string | null, user: { id: string } | null, items: Array<{ addedAt: string, tool: { id: string } | null, bundle: { id: string } | null }> } };

export type MarketplaceAddToCartMutationVariables = Exact<{
  input: CartItemInput;
}>;


export type MarketplaceAddToCartMutation = { addToCart: { shoppingCart: { id: string, total: string, currency: string | null, user: { id: string } | null, items: Array<{ addedAt: string, tool: { id: string } | null, bundle: { id: string } | null }> } } };

export type MarketplaceRemoveFromCartMutationVariables = Exact<{
  input: CartItemInput;
}>;


export type MarketplaceRemoveFromCartMutation = { removeFromCart: { shoppingCart: { id: string, total: string, currency: string | null, user: { id: string } | null, items: Array<{ addedAt: string, tool: { id: string } | null, bundle: { id: string } | null }> } } };

export type MarketplaceCheckoutMutationVariables = Exact<{
  key: string;
}>;


export type MarketplaceCheckoutMutation = { checkout: { replayed: boolean, checkout: { id: string, idempotencyKey: string, total: string, currency: string, user: { id: string } | null, toolPurchases: Array<{ id: string, price: string, currency: string, status: PurchaseStatus, tool: { id: string }, bundlePurchase: { id: string } | null, purchasedBy: { id: string } | null, checkout: { id: string } | null }>, bundlePurchases: Array<{ id: string, price: string, bundle: { id: string }, toolPurchases: Array<{ id: string, tool: { id: string } }> }> } } };

export type MarketplacePurchasesQueryVariables = Exact<{
  filter?: ToolPurchaseFilter | null | undefined;
}>;


export type MarketplacePurchasesQuery = { toolPurchases: { totalCount: number, edges: Array<{ node: { id: string, price: string, tool: { id: string }, bundlePurchase: { id: string } | null } }> } };

export type MarketplaceCreateReviewMutationVariables = Exact<{
  input: CreateToolReviewInput;
}>;


export type MarketplaceCreateReviewMutation = { createToolReview: { toolReview: { id: string, rating: number, title: string | null, body: string | null, deletedAt: string | null, reviewer: { id: string } | null, tool: { id: string }, purchase: { id: string } } } };

export type MarketplaceUpdateReviewMutationVariables = Exact<{
  input: UpdateToolReviewInput;
}>;


export type MarketplaceUpdateReviewMutation = { updateToolReview: { toolReview: { id: string, rating: number, title: string | null, body: string | null, deletedAt: string | null, reviewer: { id: string } | null, tool: { id: string }, purchase: { id: string } } } };

export type MarketplaceDeleteReviewMutationVariables = Exact<{
  input: DeleteToolReviewInput;
}>;


export type MarketplaceDeleteReviewMutation = { deleteToolReview: { toolReview: { id: string, rating: number, title: string | null, body: string | null, deletedAt: string | null, reviewer: { id: string } | null, tool: { id: string }, purchase: { id: string } } } };

export type MarketplaceReviewsQueryVariables = Exact<{
  filter?: ToolReviewFilter | null | undefined;
}>;


export type MarketplaceReviewsQuery = { toolReviews: { totalCount: number, edges: Array<{ node: { id: string, rating: number, reviewer: { id: string } | null } }> } };

export type MarketplaceNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type MarketplaceNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type MembersChangeRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type MembersChangeRoleMutation = { changeMemberRole: { membership: { id: string, role: MembershipRole } } };

export type MembersRemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type MembersRemoveMemberMutation = { removeMember: { removedMembershipId: string } };

export type MembersListQueryVariables = Exact<{
  role?: MembershipRole | null | undefined;
}>;


export type MembersListQuery = { members: { totalCount: number, edges: Array<{ node: { id: string, role: MembershipRole, user: { id: string, email: string | null } } }> } };

export type MembersOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersOrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, viewerRole: MembershipRole | null } }> } };

export type MembersCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type MembersCreateOrganizationMutation = { createOrganization: { organization: { id: string, name: string, viewerRole: MembershipRole | null }, membership: { id: string, role: MembershipRole, user: { id: string } } } };

export type MembersCreateOrganizationNamedMutationVariables = Exact<{
  name: string;
}>;


export type MembersCreateOrganizationNamedMutation = { createOrganization: { organization: { id: string } } };

export type MembersPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersPipelinesQuery = { pipelines: { totalCount: number, edges: Array<{ node: { id: string, name: string, isDefault: boolean, stages: Array<{ name: string, kind: StageKind, probability: number, position: number }> } }> } };

export type MembersCreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type MembersCreateDealMutation = { createDeal: { deal: { id: string, owner: { id: string } | null } } };

export type MembersCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type MembersCreateContactMutation = { createContact: { contact: { id: string, owner: { id: string } | null } } };

export type MembersCreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type MembersCreateLeadMutation = { createLead: { lead: { id: string, assignee: { id: string } | null } } };

export type MembersCreateNoteMutationVariables = Exact<{ [key: string]: never; }>;


export type MembersCreateNoteMutation = { createActivity: { activity: { id: string, owner: { id: string } | null } } };

export type MembersNodeOwnerQueryVariables = Exact<{
  id: string | number;
}>;


export type MembersNodeOwnerQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, owner: { id: string } | null }
    | { id: string }
    | { id: string }
    | { id: string, owner: { id: string } | null }
    | { id: string }
    | { id: string }
    | { id: string, assignee: { id: string } | null }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type MembersMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersMeQuery = { me: { id: string } };

export type MembersDealCountQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersDealCountQuery = { deals: { totalCount: number } };

export type MembersViewerRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersViewerRoleQuery = { organization: { viewerRole: MembershipRole | null } };

export type MembersOrganizationIdQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersOrganizationIdQuery = { organization: { id: string } };

export type MembersRenameOrganizationMutationVariables = Exact<{ [key: string]: never; }>;


export type MembersRenameOrganizationMutation = { updateOrganization: { organization: { name: string } } };

export type MembersCreateListingMutationVariables = Exact<{
  input: CreateListingInput;
}>;


export type MembersCreateListingMutation = { createListing: { listing: { id: string } } };

export type MembersCreateAppointmentMutationVariables = Exact<{
  input: CreateAppointmentInput;
}>;


export type MembersCreateAppointmentMutation = { createAppointment: { appointment: { id: string } } };

export type MembersCreateMessageMutationVariables = Exact<{
  input: CreateMessageInput;
}>;


export type MembersCreateMessageMutation = { createMessage: { message: { id: string } } };

export type MembersCreateAutomationMutationVariables = Exact<{
  input: CreateAutomationInput;
}>;


export type MembersCreateAutomationMutation = { createAutomation: { automation: { id: string } } };

export type MetricsDailyMetricFieldsFragment = { id: string, day: string, leadsCreated: number, dealsCreated: number, dealsWon: number, dealsLost: number, revenueWon: string, activitiesLogged: number, appointmentsBooked: number, messagesLogged: number, computedAt: string };

export type MetricsRefreshMutationVariables = Exact<{
  input: RefreshMetricsInput;
}>;


export type MetricsRefreshMutation = { refreshMetrics: { refreshedDays: number, metrics: Array<{ id: string, day: string, leadsCreated: number, dealsCreated: number, dealsWon: number, dealsLost: number, revenueWon: string, activitiesLogged: number, appointmentsBooked: number, messagesLogged: number, computedAt: string }> } };

export type MetricsListQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MetricsListQuery = { metrics: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, day: string, leadsCreated: number, dealsCreated: number, dealsWon: number, dealsLost: number, revenueWon: string, activitiesLogged: number, appointmentsBooked: number, messagesLogged: number, computedAt: string } }> } };

export type MetricsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type MetricsNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { day: string, leadsCreated: number, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type MetricsPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsPipelinesQuery = { pipelines: { edges: Array<{ node: { id: string, isDefault: boolean, stages: Array<{ id: string, name: string, probability: number }> } }> } };

export type MetricsCreatePipelineMutationVariables = Exact<{
  input: CreatePipelineInput;
}>;


export type MetricsCreatePipelineMutation = { createPipeline: { pipeline: { id: string, stages: Array<{ id: string, name: string }> } } };

export type MetricsDeleteLeadMutationVariables = Exact<{
  id: string | number;
}>;


export type MetricsDeleteLeadMutation = { deleteLead: { lead: { id: string } } };

export type MetricsDeleteDealMutationVariables = Exact<{
  id: string | number;
}>;


export type MetricsDeleteDealMutation = { deleteDeal: { deal: { id: string } } };

export type MetricsDeleteActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type MetricsDeleteActivityMutation = { deleteActivity: { activity: { id: string } } };

export type MetricsCreateAppointmentMutationVariables = Exact<{
  input: CreateAppointmentInput;
}>;


export type MetricsCreateAppointmentMutation = { createAppointment: { appointment: { id: string } } };

export type MetricsCreateMessageMutationVariables = Exact<{
  input: CreateMessageInput;
}>;


export type MetricsCreateMessageMutation = { createMessage: { message: { id: string } } };

export type MetricsDashboardPipelineQueryVariables = Exact<{
  pipelineId?: string | number | null | undefined;
}>;


export type MetricsDashboardPipelineQuery = { dashboard: { pipelineSummary: Array<{ dealCount: number, totalValue: string, weightedValue: string, stage: { id: string, name: string, position: number } }> } };

export type MetricsDashboardWinRateQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type MetricsDashboardWinRateQuery = { dashboard: { winRate: { won: number, lost: number, rate: number | null } } };

export type MetricsDashboardActivityQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type MetricsDashboardActivityQuery = { dashboard: { activityCounts: { byType: Array<{ type: ActivityType, count: number }>, byOwner: Array<{ count: number, user: { id: string } | null }> } } };

export type MetricsDashboardFunnelQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsDashboardFunnelQuery = { dashboard: { leadFunnel: Array<{ status: LeadStatus, count: number }> } };

export type MetricsDashboardCostQueryVariables = Exact<{
  pipelineId?: string | number | null | undefined;
}>;


export type MetricsDashboardCostQuery = { dashboard: { pipelineSummary: Array<{ dealCount: number, stage: { name: string, probability: number } }>, activityCounts: { byOwner: Array<{ count: number, user: { name: string | null } | null }> } } };

export type NotificationListQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: NotificationFilter | null | undefined;
  orderBy?: Array<NotificationOrder> | NotificationOrder | null | undefined;
}>;


export type NotificationListQuery = { unreadNotificationCount: number, notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: NotificationType, title: string, body: string | null, subjectId: string | null, readAt: string | null, createdAt: string } }> } };

export type NotificationWithSubjectQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationWithSubjectQuery = { notifications: { edges: Array<{ node: { id: string, subjectId: string | null, subject:
          | { __typename: 'Activity', id: string }
          | { __typename: 'ApiKey', id: string }
          | { __typename: 'Appointment', title: string, id: string }
          | { __typename: 'Attachment', id: string }
          | { __typename: 'AuditEntry', id: string }
          | { __typename: 'Automation', id: string }
          | { __typename: 'AutomationRun', id: string }
          | { __typename: 'BundlePurchase', id: string }
          | { __typename: 'Checkout', id: string }
          | { __typename: 'Company', id: string }
          | { __typename: 'Contact', id: string }
          | { __typename: 'CustomFieldDefinition', id: string }
          | { __typename: 'DailyMetric', id: string }
          | { __typename: 'Deal', name: string, id: string }
          | { __typename: 'ImportRun', id: string }
          | { __typename: 'Invitation', id: string }
          | { __typename: 'Lead', lastName: string, id: string }
          | { __typename: 'Listing', id: string }
          | { __typename: 'MarketplaceTool', id: string }
          | { __typename: 'Membership', id: string }
          | { __typename: 'Message', id: string }
          | { __typename: 'Notification', id: string }
          | { __typename: 'Organization', id: string }
          | { __typename: 'Pipeline', id: string }
          | { __typename: 'PipelineStage', id: string }
          | { __typename: 'ShoppingCart', id: string }
          | { __typename: 'ToolBundle', id: string }
          | { __typename: 'ToolPurchase', id: string }
          | { __typename: 'ToolReview', id: string }
          | { __typename: 'TrustedDocument', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'WebhookDelivery', id: string }
          | { __typename: 'WebhookEndpoint', id: string }
         | null } }> } };

export type NotificationSubjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSubjectsQuery = { notifications: { edges: Array<{ node: { title: string, subjectId: string | null, subject:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null } }> } };

export type NotificationNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NotificationNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { title: string, readAt: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type NotificationMarkReadMutationVariables = Exact<{
  input: IdInput;
}>;


export type NotificationMarkReadMutation = { markNotificationRead: { notification: { id: string, readAt: string | null } } };

export type NotificationMarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationMarkAllReadMutation = { markAllNotificationsRead: { markedCount: number } };

export type NotificationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationMeQuery = { me: { id: string } };

export type NotificationCreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type NotificationCreateLeadMutation = { createLead: { lead: { id: string } } };

export type NotificationUpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type NotificationUpdateLeadMutation = { updateLead: { lead: { id: string } } };

export type NotificationCreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type NotificationCreateDealMutation = { createDeal: { deal: { id: string } } };

export type NotificationUpdateDealMutationVariables = Exact<{
  input: UpdateDealInput;
}>;


export type NotificationUpdateDealMutation = { updateDeal: { deal: { id: string } } };

export type NotificationCreateAppointmentMutationVariables = Exact<{
  input: CreateAppointmentInput;
}>;


export type NotificationCreateAppointmentMutation = { createAppointment: { appointment: { id: string } } };

export type NotificationUpdateAppointmentMutationVariables = Exact<{
  input: UpdateAppointmentInput;
}>;


export type NotificationUpdateAppointmentMutation = { updateAppointment: { appointment: { id: string, status: AppointmentStatus, startsAt: string, endsAt: string } } };

export type NotificationDeleteMutationVariables = Exact<{
  input: IdInput;
}>;


export type NotificationDeleteMutation = { deleteNotification: { deletedNotificationId: string } };

export type NotificationDeleteAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationDeleteAllReadMutation = { deleteAllReadNotifications: { deletedCount: number } };

export type NotificationSendSystemMutationVariables = Exact<{
  input: SendSystemNotificationInput;
}>;


export type NotificationSendSystemMutation = { sendSystemNotification: { recipientCount: number } };

export type PaginationCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type PaginationCreateContactMutation = { createContact: { contact: { id: string, firstName: string, lastName: string, createdAt: string } } };

export type PaginationContactsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: Array<ContactOrder> | ContactOrder | null | undefined;
}>;


export type PaginationContactsQuery = { contacts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, firstName: string, lastName: string, createdAt: string } }> } };

export type PartnerSyncDeleteContactMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnerSyncDeleteContactMutation = { deleteContact: { contact: { id: string, deletedAt: string | null } } };

export type PartnerSyncDeleteDealMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnerSyncDeleteDealMutation = { deleteDeal: { deal: { id: string, deletedAt: string | null } } };

export type PipelinePipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelinePipelinesQuery = { pipelines: { totalCount: number, edges: Array<{ node: { id: string, name: string, isDefault: boolean, stages: Array<{ id: string, name: string, position: number, probability: number, kind: StageKind }> } }> } };

export type PipelineCreatePipelineMutationVariables = Exact<{
  input: CreatePipelineInput;
}>;


export type PipelineCreatePipelineMutation = { createPipeline: { pipeline: { id: string, name: string, isDefault: boolean, stages: Array<{ id: string, name: string, position: number, kind: StageKind }> } } };

export type PipelineUpdatePipelineMutationVariables = Exact<{
  input: UpdatePipelineInput;
}>;


export type PipelineUpdatePipelineMutation = { updatePipeline: { pipeline: { id: string, isDefault: boolean } } };

export type PipelineDeletePipelineMutationVariables = Exact<{
  input: IdInput;
}>;


export type PipelineDeletePipelineMutation = { deletePipeline: { pipeline: { id: string, deletedAt: string | null } } };

export type PipelineCreateStageMutationVariables = Exact<{
  input: CreatePipelineStageInput;
}>;


export type PipelineCreateStageMutation = { createPipelineStage: { stage: { id: string, position: number } } };

export type PipelineUpdateStageMutationVariables = Exact<{
  input: UpdatePipelineStageInput;
}>;


export type PipelineUpdateStageMutation = { updatePipelineStage: { stage: { id: string, kind: StageKind } } };

export type PipelineDeleteStageMutationVariables = Exact<{
  input: IdInput;
}>;


export type PipelineDeleteStageMutation = { deletePipelineStage: { stage: { id: string } } };

export type PipelineDeleteStageDetailsMutationVariables = Exact<{
  input: IdInput;
}>;


export type PipelineDeleteStageDetailsMutation = { deletePipelineStage: { stage: { id: string, name: string, position: number, probability: number, kind: StageKind, pipeline: { id: string, name: string } } } };

export type PipelineCreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type PipelineCreateDealMutation = { createDeal: { deal: { id: string, status: DealStatus, closedAt: string | null } } };

export type PipelineDealQueryVariables = Exact<{
  id: string | number;
}>;


export type PipelineDealQuery = { node:
    | { status: DealStatus, closedAt: string | null }
    | Record<PropertyKey, never>
   | null };

export type RateLimitContactsQueryVariables = Exact<{
  first: number;
}>;


export type RateLimitContactsQuery = { contacts: { edges: Array<{ node: { id: string } }> } };

export type RateLimitMeQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitMeQuery = { me: { id: string } };

export type RateLimitCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type RateLimitCreateContactMutation = { createContact: { contact: { id: string } } };

export type RowLocksPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type RowLocksPipelinesQuery = { pipelines: { edges: Array<{ node: { id: string, isDefault: boolean, stages: Array<{ id: string, name: string, kind: StageKind, position: number }> } }> } };

export type RowLocksCreatePipelineMutationVariables = Exact<{
  input: CreatePipelineInput;
}>;


export type RowLocksCreatePipelineMutation = { createPipeline: { pipeline: { id: string, stages: Array<{ id: string, name: string, kind: StageKind, position: number }> } } };

export type RowLocksUpdatePipelineMutationVariables = Exact<{
  input: UpdatePipelineInput;
}>;


export type RowLocksUpdatePipelineMutation = { updatePipeline: { pipeline: { id: string, isDefault: boolean } } };

export type RowLocksDeletePipelineMutationVariables = Exact<{
  input: IdInput;
}>;


export type RowLocksDeletePipelineMutation = { deletePipeline: { pipeline: { id: string } } };

export type RowLocksCreateStageMutationVariables = Exact<{
  input: CreatePipelineStageInput;
}>;


export type RowLocksCreateStageMutation = { createPipelineStage: { stage: { id: string, name: string, position: number } } };

export type RowLocksUpdateStageMutationVariables = Exact<{
  input: UpdatePipelineStageInput;
}>;


export type RowLocksUpdateStageMutation = { updatePipelineStage: { stage: { id: string, kind: StageKind } } };

export type RowLocksDeleteStageMutationVariables = Exact<{
  input: IdInput;
}>;


export type RowLocksDeleteStageMutation = { deletePipelineStage: { stage: { id: string } } };

export type RowLocksCreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type RowLocksCreateDealMutation = { createDeal: { deal: { id: string, status: DealStatus, stage: { id: string } } } };

export type RowLocksCreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type RowLocksCreateLeadMutation = { createLead: { lead: { id: string } } };

export type RowLocksConvertLeadMutationVariables = Exact<{
  input: ConvertLeadInput;
}>;


export type RowLocksConvertLeadMutation = { convertLead: { deal: { id: string, status: DealStatus, stage: { id: string } } | null } };

export type RowLocksMoveDealStageMutationVariables = Exact<{
  input: MoveDealStageInput;
}>;


export type RowLocksMoveDealStageMutation = { moveDealStage: { deal: { id: string, status: DealStatus, closedAt: string | null, stage: { id: string, kind: StageKind } }, activity: { id: string, body: string | null } | null } };

export type RowLocksCreateAutomationMutationVariables = Exact<{
  input: CreateAutomationInput;
}>;


export type RowLocksCreateAutomationMutation = { createAutomation: { automation: { id: string, trigger: AutomationTrigger, conditions: Array<Record<string, unknown>>, actions: Array<Record<string, unknown>> } } };

export type RowLocksUpdateAutomationMutationVariables = Exact<{
  input: UpdateAutomationInput;
}>;


export type RowLocksUpdateAutomationMutation = { updateAutomation: { automation: { id: string, trigger: AutomationTrigger, conditions: Array<Record<string, unknown>>, actions: Array<Record<string, unknown>> } } };

export type RowLocksMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type RowLocksMembersQuery = { members: { edges: Array<{ node: { id: string, role: MembershipRole, user: { email: string | null } } }> } };

export type RowLocksChangeRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type RowLocksChangeRoleMutation = { changeMemberRole: { membership: { id: string, role: MembershipRole } } };

export type RowLocksRemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RowLocksRemoveMemberMutation = { removeMember: { removedMembershipId: string } };

export type RowLocksCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type RowLocksCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string } } };

export type RowLocksRotateApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RowLocksRotateApiKeyMutation = { rotateApiKey: { secret: string, apiKey: { id: string, revokedAt: string | null } } };

export type RowLocksRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RowLocksRevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, revokedAt: string | null } } };

export type RowLocksWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type RowLocksWhoAmIQuery = { organization: { id: string } };

export type SmokeCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type SmokeCreateContactMutation = { createContact: { contact: { id: string, fullName: string } } };

export type SmokeContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type SmokeContactsQuery = { contacts: { totalCount: number, edges: Array<{ node: { id: string, fullName: string } }> } };

export type SoftDeleteNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type SoftDeleteNodeQuery = { node:
    | { __typename: 'Activity', deletedAt: string | null, id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'Automation', id: string }
    | { __typename: 'AutomationRun', id: string }
    | { __typename: 'BundlePurchase', id: string }
    | { __typename: 'Checkout', id: string }
    | { __typename: 'Company', deletedAt: string | null, id: string }
    | { __typename: 'Contact', deletedAt: string | null, id: string }
    | { __typename: 'CustomFieldDefinition', id: string }
    | { __typename: 'DailyMetric', id: string }
    | { __typename: 'Deal', deletedAt: string | null, id: string }
    | { __typename: 'ImportRun', id: string }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'Lead', deletedAt: string | null, id: string }
    | { __typename: 'Listing', id: string }
    | { __typename: 'MarketplaceTool', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Pipeline', deletedAt: string | null, id: string }
    | { __typename: 'PipelineStage', id: string }
    | { __typename: 'ShoppingCart', id: string }
    | { __typename: 'ToolBundle', id: string }
    | { __typename: 'ToolPurchase', id: string }
    | { __typename: 'ToolReview', id: string }
    | { __typename: 'TrustedDocument', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type TrustedDocumentRegisterMutationVariables = Exact<{
  input: RegisterTrustedDocumentsInput;
}>;


export type TrustedDocumentRegisterMutation = { registerTrustedDocuments: { trustedDocuments: Array<{ id: string, documentId: string, body: string, operationNames: Array<string>, createdAt: string }> } };

export type TrustedDocumentRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type TrustedDocumentRemoveMutation = { removeTrustedDocument: { removedTrustedDocumentId: string } };

export type TrustedDocumentListQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustedDocumentListQuery = { trustedDocuments: { totalCount: number, edges: Array<{ node: { id: string, documentId: string, operationNames: Array<string> } }> } };

export type TrustedDocumentAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustedDocumentAuditQuery = { auditLog: { edges: Array<{ node: { action: AuditAction, recordId: string } }> } };

export type WebhookCreateEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WebhookCreateEndpointMutation = { createWebhookEndpoint: { secret: string, webhookEndpoint: { id: string } } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: { totalCount: number, edges: Array<{ node: { id: string, url: string, description: string | null, eventTypes: Array<string>, enabled: boolean, secretRotatedAt: string, createdBy: { id: string } | null } }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  filter?: WebhookDeliveryFilter | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, edges: Array<{ node: { id: string, eventId: string, eventType: string, body: Record<string, unknown>, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, lastAttemptAt: string | null, deliveredAt: string | null, endpoint: { id: string } } }> } };

export type WebhookUpdateEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WebhookUpdateEndpointMutation = { updateWebhookEndpoint: { webhookEndpoint: { id: string, url: string, eventTypes: Array<string>, enabled: boolean, description: string | null } } };

export type WebhookDeleteEndpointMutationVariables = Exact<{
  input: IdInput;
}>;


export type WebhookDeleteEndpointMutation = { deleteWebhookEndpoint: { deletedWebhookEndpointId: string } };

export type WebhookRotateSecretMutationVariables = Exact<{
  input: IdInput;
}>;


export type WebhookRotateSecretMutation = { rotateWebhookEndpointSecret: { secret: string, webhookEndpoint: { id: string, secretRotatedAt: string } } };

export type WebhookRedeliverMutationVariables = Exact<{
  input: IdInput;
}>;


export type WebhookRedeliverMutation = { redeliverWebhookDelivery: { webhookDelivery: { id: string, status: WebhookDeliveryStatus, eventId: string, body: Record<string, unknown> } } };

export const AppointmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}}]}}]}}]} as unknown as DocumentNode<AppointmentFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"old"}},{"kind":"Field","name":{"kind":"Name","value":"new"}}]}}]}}]} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const DealFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}}]}}]} as unknown as DocumentNode<DealFieldsFragment, unknown>;
export const ListingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"propertyType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"bedrooms"}},{"kind":"Field","name":{"kind":"Name","value":"bathrooms"}},{"kind":"Field","name":{"kind":"Name","value":"squareFeet"}},{"kind":"Field","name":{"kind":"Name","value":"lotSizeSqft"}},{"kind":"Field","name":{"kind":"Name","value":"yearBuilt"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<ListingFieldsFragment, unknown>;
export const LifecycleToolPurchaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleToolPurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LifecycleToolPurchaseFieldsFragment, unknown>;
export const RebuyToolPurchaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RebuyToolPurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCount"}}]}}]}}]} as unknown as DocumentNode<RebuyToolPurchaseFieldsFragment, unknown>;
export const MarketplaceToolFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceToolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketplaceTool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"icon"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"integrations"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}}]}}]} as unknown as DocumentNode<MarketplaceToolFieldsFragment, unknown>;
export const MarketplaceBundleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceBundleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolBundle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"originalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"bundlePrice"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"popular"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}},{"kind":"Field","name":{"kind":"Name","value":"tools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]} as unknown as DocumentNode<MarketplaceBundleFieldsFragment, unknown>;
export const MarketplaceCartFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShoppingCart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceCartFieldsFragment, unknown>;
export const MarketplaceReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MarketplaceReviewFieldsFragment, unknown>;
export const MetricsDailyMetricFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricsDailyMetricFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyMetric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"leadsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dealsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dealsWon"}},{"kind":"Field","name":{"kind":"Name","value":"dealsLost"}},{"kind":"Field","name":{"kind":"Name","value":"revenueWon"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesLogged"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentsBooked"}},{"kind":"Field","name":{"kind":"Name","value":"messagesLogged"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<MetricsDailyMetricFieldsFragment, unknown>;
export const ApiKeyCreateDocument = {"__meta__":{"hash":"sha256:32c757d00ee7494bb7c31a9b3e344264c417f200e914b89a5eeb7ddca5bce65a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRotateDocument = {"__meta__":{"hash":"sha256:dd66fdb5b02e5fdf46631d87d604976ecd1529515e7cc03bd5ba1b113a4db515"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyRotateMutation, ApiKeyRotateMutationVariables>;
export const ApiKeyRevokeDocument = {"__meta__":{"hash":"sha256:569b685d9bffd48513d68e1690222010b28f558d37b80e9f6dad8041899f77ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const ApiKeyListDocument = {"__meta__":{"hash":"sha256:ab73b30af6fb70b506608acc29fecc1b1264c0a52e013ee4276e306f1119a121"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeyList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyListQuery, ApiKeyListQueryVariables>;
export const ApiKeyWhoAmIDocument = {"__meta__":{"hash":"sha256:ed5dd6354e97e11fa66de0df68d1f752023dfc99fadc95a470fd8ef937507580"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeyWhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ApiKeyWhoAmIQuery, ApiKeyWhoAmIQueryVariables>;
export const ApiKeyContactsDocument = {"__meta__":{"hash":"sha256:c859dfb59a1bd8eec9ff7c0fb8cd10653d6ba825e24eccb454ee0449aeb74522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ApiKeyContactsQuery, ApiKeyContactsQueryVariables>;
export const ApiKeyCreateContactDocument = {"__meta__":{"hash":"sha256:cd999a004ff2ebd42ad70011edfbf3de87e9afc9d661ad4495885b37a55c2b1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateContactMutation, ApiKeyCreateContactMutationVariables>;
export const ApiKeyMembersDocument = {"__meta__":{"hash":"sha256:fff8cef2899e13705a876915028bd58ca8529a73da5f111ffe8614b3a6b62505"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeyMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyMembersQuery, ApiKeyMembersQueryVariables>;
export const ApiKeyCreateOrganizationDocument = {"__meta__":{"hash":"sha256:10b8bd0d4f74e56462ebedf439519c205ba66360d7e151b624d9dd99d814590e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateOrganizationMutation, ApiKeyCreateOrganizationMutationVariables>;
export const AppointmentCreateDocument = {"__meta__":{"hash":"sha256:f9185963877d1f9f9e4b0b4f32b2482fa9b146a12020729ad63f226ba8afd75c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointmentCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}}]}}]}}]} as unknown as DocumentNode<AppointmentCreateMutation, AppointmentCreateMutationVariables>;
export const AppointmentUpdateDocument = {"__meta__":{"hash":"sha256:b07a09ce837e8f2df3ba699ff227151f313b77e3ee5515af83468f7c97c52b10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointmentUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}}]}}]}}]} as unknown as DocumentNode<AppointmentUpdateMutation, AppointmentUpdateMutationVariables>;
export const AppointmentDeleteDocument = {"__meta__":{"hash":"sha256:1359f4e99c24d26e78ad4b752929d5ad1a2a2362af4355e72d27df149b5bfa75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointmentDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentDeleteMutation, AppointmentDeleteMutationVariables>;
export const AppointmentRestoreDocument = {"__meta__":{"hash":"sha256:f4ce0fd90ef32a5e623671498a1e47c572561363867ca77d8470d1a35d674d97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointmentRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentRestoreMutation, AppointmentRestoreMutationVariables>;
export const AppointmentNodeDocument = {"__meta__":{"hash":"sha256:f0acab50acfdaef7b33f1406466c67e89a5b0e35da6cda8c2972e0b91982017f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}}]}}]}}]} as unknown as DocumentNode<AppointmentNodeQuery, AppointmentNodeQueryVariables>;
export const AppointmentListDocument = {"__meta__":{"hash":"sha256:b22948e1e0fbb6c569d79e03473c41d8c5ee63ab26414f2a003b2f9c3222f68e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deleted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"deleted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deleted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentListQuery, AppointmentListQueryVariables>;
export const AppointmentUpcomingDocument = {"__meta__":{"hash":"sha256:716ab9f08e5d2977a8aea2552f53e50345abddb3ae609d0dd8a2c40ae94a9a33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentUpcoming"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcomingAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentUpcomingQuery, AppointmentUpcomingQueryVariables>;
export const AppointmentCreateWithConflictDetailsDocument = {"__meta__":{"hash":"sha256:be716ffa51310dafba89ba34d762bacf8e115f377581992c98981530c60ae2b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointmentCreateWithConflictDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentCreateWithConflictDetailsMutation, AppointmentCreateWithConflictDetailsMutationVariables>;
export const AppointmentRelatedDocument = {"__meta__":{"hash":"sha256:f961036228dd97bcf68149bc8187b3c8d36ab1d15c669545fbe5098a8d73aae0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentRelated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"listing"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"deal"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"contact"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contact"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentRelatedQuery, AppointmentRelatedQueryVariables>;
export const AppointmentAttendeeTypeDocument = {"__meta__":{"hash":"sha256:861c448adbea8860fe59043ee9bcb48f39f4535210ea6445202ec5b87b9c2639"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentAttendeeType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"AppointmentAttendee","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interfaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentAttendeeTypeQuery, AppointmentAttendeeTypeQueryVariables>;
export const AttachmentCreateUploadDocument = {"__meta__":{"hash":"sha256:6c17314ffa9a120bbcae9a5ba3ab9829e1402dd1d58b9f5cc70bafeddae8682c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachmentCreateUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAttachmentUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAttachmentUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"checksumSha256"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"uploadHeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uploadExpiresAt"}}]}}]}}]} as unknown as DocumentNode<AttachmentCreateUploadMutation, AttachmentCreateUploadMutationVariables>;
export const AttachmentNodeDocument = {"__meta__":{"hash":"sha256:f23af3ca0cbe2b049a212981a770b2475f1b50a834acd9bc868759045025990a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"checksumSha256"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrlExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentNodeQuery, AttachmentNodeQueryVariables>;
export const AttachmentContactAttachmentsDocument = {"__meta__":{"hash":"sha256:eea1dbc7eaf40904172bcc4da112e9948a5158d94d680a7dde140210ea516cb6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentContactAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentContactAttachmentsQuery, AttachmentContactAttachmentsQueryVariables>;
export const AttachmentDealAttachmentsDocument = {"__meta__":{"hash":"sha256:3bff7361164b328362c97b0d13e380dd09c5946e064b448de2f666870a3a7655"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentDealAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentDealAttachmentsQuery, AttachmentDealAttachmentsQueryVariables>;
export const AttachmentListDocument = {"__meta__":{"hash":"sha256:6307686de9b41f365c9e890a5ee3c6906585e4c6024f2ed4b9a0e81e6c2b8473"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachmentOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deleted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"deleted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deleted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentListQuery, AttachmentListQueryVariables>;
export const AttachmentDeleteDocument = {"__meta__":{"hash":"sha256:d5e2466d1051868bdff996a017971d16e6109a6334f19454a5bf5a81300e30f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachmentDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentDeleteMutation, AttachmentDeleteMutationVariables>;
export const AttachmentRestoreDocument = {"__meta__":{"hash":"sha256:68a7c042218673402ac40a000b0d0fdfaf0e120932179dd64a41f9fc26d6d6f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachmentRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentRestoreMutation, AttachmentRestoreMutationVariables>;
export const AttachmentRemoveMemberDocument = {"__meta__":{"hash":"sha256:0e88399994f55686d8f779797bb5bef8adba57516be3532bc4444e789e29ad2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachmentRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedMembershipId"}}]}}]}}]} as unknown as DocumentNode<AttachmentRemoveMemberMutation, AttachmentRemoveMemberMutationVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"sha256:216cf126a7a3f68bb39e2a3970521837685040585d68aaaf43d95e517a8e346f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"old"}},{"kind":"Field","name":{"kind":"Name","value":"new"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditHistoryDocument = {"__meta__":{"hash":"sha256:19d5d3d4e8574f484957efc26d3a8ece877201cfe87fb8f6e6f87d89cb036563"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"old"}},{"kind":"Field","name":{"kind":"Name","value":"new"}}]}}]}}]} as unknown as DocumentNode<AuditHistoryQuery, AuditHistoryQueryVariables>;
export const AuditUpdateContactDocument = {"__meta__":{"hash":"sha256:3d2117840e8ab5de7b42670efa2b760e83cdd696b99916813aa07137cbe88bcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditUpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AuditUpdateContactMutation, AuditUpdateContactMutationVariables>;
export const AuditDeleteContactDocument = {"__meta__":{"hash":"sha256:8e94e3b25d9c94901d62c77df6cd91181d4ca13264cea589004e650fee54795e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditDeleteContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AuditDeleteContactMutation, AuditDeleteContactMutationVariables>;
export const AuditRestoreContactDocument = {"__meta__":{"hash":"sha256:f1054ccba7a2d263847b2c357fbf8767a5b32ecedcab97f89251913e41a11b67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditRestoreContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AuditRestoreContactMutation, AuditRestoreContactMutationVariables>;
export const AuditCreateDealDocument = {"__meta__":{"hash":"sha256:47eb067ec8b117d9a60e5c53a037bf7f2d9837544813c79ecc5cce6248eaf8eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditCreateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditCreateDealMutation, AuditCreateDealMutationVariables>;
export const AuditDefaultPipelinesDocument = {"__meta__":{"hash":"sha256:1e6a94bc7221aaa8174233d205002d8cc39874ad19ac39a827a41a8b7b602ca6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditDefaultPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isDefault"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditDefaultPipelinesQuery, AuditDefaultPipelinesQueryVariables>;
export const AuditCreateStageDocument = {"__meta__":{"hash":"sha256:ef10e488fab383014152737572986053bd0fe3027e34c181a6ea34f9f8afce12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditCreateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePipelineStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuditCreateStageMutation, AuditCreateStageMutationVariables>;
export const AuditDeleteStageDocument = {"__meta__":{"hash":"sha256:5250f6cf0a16e8ccf90810e37652e0deab35ea4687908e3cd6b3f25b24e1a318"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditDeleteStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuditDeleteStageMutation, AuditDeleteStageMutationVariables>;
export const AuditNodeDocument = {"__meta__":{"hash":"sha256:1da9c40e9e8bb79fb683af151271d246de01060bbab35e8f361fbc9f8e4a8a50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditNodeQuery, AuditNodeQueryVariables>;
export const AuditPageDocument = {"__meta__":{"hash":"sha256:75a6a675b79d1a3c834fe294c4464ef4c71f48365b08e22a5a66ad1cbc89011b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditPageQuery, AuditPageQueryVariables>;
export const BuildCompanyDocument = {"__meta__":{"hash":"sha256:56348f908ee9b471c3c7eeb70d7f1bcb9f13f393b6ac37d3afda5d1d415e3d4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BuildCompanyMutation, BuildCompanyMutationVariables>;
export const BuildContactDocument = {"__meta__":{"hash":"sha256:1ac3fa739aa546ef5e9faa8d87e11bb04f36000f205804ca2dfe263cdd4a7b3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BuildContactMutation, BuildContactMutationVariables>;
export const BuildLeadDocument = {"__meta__":{"hash":"sha256:a0f9518278453302762b234203cfddd3d000f469ba0715b7ded70c98f3f664a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BuildLeadMutation, BuildLeadMutationVariables>;
export const BuildDealDocument = {"__meta__":{"hash":"sha256:1f0f33fc9350d7b85a39a2cd732716bbfc1bbece45f44cc98d4b00081bf254dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BuildDealMutation, BuildDealMutationVariables>;
export const BuildActivityDocument = {"__meta__":{"hash":"sha256:91f760e4ad089a95e9c0c35b96079e702b615266953093712cf05c19ddc01864"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BuildActivityMutation, BuildActivityMutationVariables>;
export const BuildPipelineDocument = {"__meta__":{"hash":"sha256:15522af5f8567c58c3c74fba1d28978e7397ac7e5811aa292f21fda6d45f4048"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BuildPipelineMutation, BuildPipelineMutationVariables>;
export const BuildMeDocument = {"__meta__":{"hash":"sha256:239d1d5ecd9765758cbff6e8342013a84597335dc733977b5750a23d2ad385cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BuildMeQuery, BuildMeQueryVariables>;
export const BuildDefaultPipelineDocument = {"__meta__":{"hash":"sha256:b445d40db0fb0919d7f7a3594de796c0de1f13b997b547dd458b0ae87dead7ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildDefaultPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isDefault"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BuildDefaultPipelineQuery, BuildDefaultPipelineQueryVariables>;
export const ConvertLeadCreateLeadDocument = {"__meta__":{"hash":"sha256:109054d9f57cfdb7152d9abb4b80a9f0827637d54bd9b0ca5a744305e11a3895"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertLeadCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertLeadCreateLeadMutation, ConvertLeadCreateLeadMutationVariables>;
export const ConvertLeadCreateCompanyDocument = {"__meta__":{"hash":"sha256:e7a049edc33d3b28d894a7e6017ae1e12bbbaadd21bdeb6806d119667559e9c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertLeadCreateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertLeadCreateCompanyMutation, ConvertLeadCreateCompanyMutationVariables>;
export const ConvertLeadCreatePipelineDocument = {"__meta__":{"hash":"sha256:c3d8fe6db55a6225f2de056146443d249eb074354ba514334e9642fc6ad6bda2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertLeadCreatePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConvertLeadCreatePipelineMutation, ConvertLeadCreatePipelineMutationVariables>;
export const ConvertLeadPipelinesDocument = {"__meta__":{"hash":"sha256:b9d596fdf069320b866a6bbcc4198db3b34a7713a92f27869dea8fe853d26cd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConvertLeadPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConvertLeadPipelinesQuery, ConvertLeadPipelinesQueryVariables>;
export const ConvertLeadConvertDocument = {"__meta__":{"hash":"sha256:1f1fb384c85ace7c221210180c3e4fc7b62cec1ffdc1b53007016cfc12e4814c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertLeadConvert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"convertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"convertedContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConvertLeadConvertMutation, ConvertLeadConvertMutationVariables>;
export const ConvertLeadNodeDocument = {"__meta__":{"hash":"sha256:c843142790e69a7f6cdee6465f9fd93b6c14824592e7732d2219a518ac85b4d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConvertLeadNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"convertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"convertedContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConvertLeadNodeQuery, ConvertLeadNodeQueryVariables>;
export const ConvertLeadCreateThenConvertDocument = {"__meta__":{"hash":"sha256:5520da9730bbf77c374a2833ae5e2f893a562f1fc70053eb29ce5539afa126a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertLeadCreateThenConvert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"company"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"convert"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"company"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"convertLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"convert"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertLeadCreateThenConvertMutation, ConvertLeadCreateThenConvertMutationVariables>;
export const ConvertLeadMeDocument = {"__meta__":{"hash":"sha256:00b3b5e11c45b2388297a04d94f42e9e897f3ec967bc1806616cecaff5640bcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConvertLeadMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConvertLeadMeQuery, ConvertLeadMeQueryVariables>;
export const ConvertLeadDefineFieldDocument = {"__meta__":{"hash":"sha256:8ecefdc29ebd895308255d0d97a649712da212aa7211f7d96157810b67d68e64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertLeadDefineField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomFieldDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertLeadDefineFieldMutation, ConvertLeadDefineFieldMutationVariables>;
export const ConvertLeadDeleteFieldDocument = {"__meta__":{"hash":"sha256:3c4036034edf643578110c05ed62f33c7a3651fc7c9c2892bac88a2edb293d80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertLeadDeleteField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomFieldDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertLeadDeleteFieldMutation, ConvertLeadDeleteFieldMutationVariables>;
export const DealPipelinesDocument = {"__meta__":{"hash":"sha256:eae2daf5819186935d538c1ab31bbce96d315c1b9341c2b8120020132bc95851"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DealPipelinesQuery, DealPipelinesQueryVariables>;
export const DealCreateDocument = {"__meta__":{"hash":"sha256:e1dbb6a24ed5a5574e539befa072f11df0990119805ddbe1c2c059e9755d0443"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DealCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}}]}}]} as unknown as DocumentNode<DealCreateMutation, DealCreateMutationVariables>;
export const DealUpdateDocument = {"__meta__":{"hash":"sha256:9087d9ee004ba25e7515e7f52277dd20b6652fa17c349925d8c492bc24609630"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DealUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}}]}}]} as unknown as DocumentNode<DealUpdateMutation, DealUpdateMutationVariables>;
export const DealMoveStageDocument = {"__meta__":{"hash":"sha256:239d848efe8396ea6f9119376a87e77463266623b477d958c7506efb3b2399ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DealMoveStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveDealStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDealStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}}]}}]} as unknown as DocumentNode<DealMoveStageMutation, DealMoveStageMutationVariables>;
export const DealNodeDocument = {"__meta__":{"hash":"sha256:2d9a02e2b9c8a57bad7ccea8c47170d810fe024a8ab16cd0daf50caa6162b360"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealFields"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCloseDate"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}}]}}]} as unknown as DocumentNode<DealNodeQuery, DealNodeQueryVariables>;
export const DealCreateActivityDocument = {"__meta__":{"hash":"sha256:029644b63edec99d052ea266399b3f2b401f64eb1533976d2040ceb935c92683"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DealCreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]} as unknown as DocumentNode<DealCreateActivityMutation, DealCreateActivityMutationVariables>;
export const DealUpdateActivityDocument = {"__meta__":{"hash":"sha256:0803dc881602cc125a74d0c708941b9b0f49f94a9834c8a436ad3b158f7f11e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DealUpdateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<DealUpdateActivityMutation, DealUpdateActivityMutationVariables>;
export const DealDeleteActivityDocument = {"__meta__":{"hash":"sha256:ecc301e8d4aba505b9110bee166811adf8d4e1c30c0ee0ce0b164f68d6982e66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DealDeleteActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DealDeleteActivityMutation, DealDeleteActivityMutationVariables>;
export const DealMeDocument = {"__meta__":{"hash":"sha256:9434edbdba9c98c312b4485712c0f24aa4c82ef9c2f19ac25aeed676ef65dc16"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DealMeQuery, DealMeQueryVariables>;
export const FiltersPipelinesDocument = {"__meta__":{"hash":"sha256:e831563fe755f3ccbf0aa1e029918442bb528e1ade002faec74c0f03f4615a60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiltersPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FiltersPipelinesQuery, FiltersPipelinesQueryVariables>;
export const FiltersMoveDealStageDocument = {"__meta__":{"hash":"sha256:abf9b945ae1c8be6a648714f238f701d308af8abeb3a0a0121e048e161cf2d71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FiltersMoveDealStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveDealStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDealStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FiltersMoveDealStageMutation, FiltersMoveDealStageMutationVariables>;
export const FiltersContactsDocument = {"__meta__":{"hash":"sha256:d1123704f4019e9516b497a2d96a505870d929928d603b372b943f25c7ef5edd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiltersContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FiltersContactsQuery, FiltersContactsQueryVariables>;
export const FiltersDealsDocument = {"__meta__":{"hash":"sha256:654e0a6a8b86cbc06798768f48ca097e1de431e5c0471c30683c1c3fa027e6b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiltersDeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FiltersDealsQuery, FiltersDealsQueryVariables>;
export const FiltersLeadsDocument = {"__meta__":{"hash":"sha256:7e900eac04fbddf8c10458a59fd0445efcb76e78c17e42a992a654a88740eb02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FiltersLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FiltersLeadsQuery, FiltersLeadsQueryVariables>;
export const IdempotencyCreateContactDocument = {"__meta__":{"hash":"sha256:4be1b8deaab005aa4e9b98e9f51aa7cf07cd4206060600e78aef8073fa162fa0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdempotencyCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<IdempotencyCreateContactMutation, IdempotencyCreateContactMutationVariables>;
export const IdempotencyCheckoutDocument = {"__meta__":{"hash":"sha256:f669e49d0231b768ec3b250a352fca947422a78410af6db9ab01acf77aa7b60e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdempotencyCheckout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<IdempotencyCheckoutMutation, IdempotencyCheckoutMutationVariables>;
export const IdempotencyContactsDocument = {"__meta__":{"hash":"sha256:a7e0bbb14fce9d9cd73227b75ae75c38f647726d52afb0364fb10b1d464e7402"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdempotencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<IdempotencyContactsQuery, IdempotencyContactsQueryVariables>;
export const ListingCreateDocument = {"__meta__":{"hash":"sha256:010c3c277036f6dfd66af872a46bb848484aebc49823405ab3e9955288963c23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"propertyType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"bedrooms"}},{"kind":"Field","name":{"kind":"Name","value":"bathrooms"}},{"kind":"Field","name":{"kind":"Name","value":"squareFeet"}},{"kind":"Field","name":{"kind":"Name","value":"lotSizeSqft"}},{"kind":"Field","name":{"kind":"Name","value":"yearBuilt"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<ListingCreateMutation, ListingCreateMutationVariables>;
export const ListingUpdateDocument = {"__meta__":{"hash":"sha256:4e3a6a48981017881509d113969507cccce1fb26bbd892d0205cb791d22a0690"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"propertyType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"bedrooms"}},{"kind":"Field","name":{"kind":"Name","value":"bathrooms"}},{"kind":"Field","name":{"kind":"Name","value":"squareFeet"}},{"kind":"Field","name":{"kind":"Name","value":"lotSizeSqft"}},{"kind":"Field","name":{"kind":"Name","value":"yearBuilt"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<ListingUpdateMutation, ListingUpdateMutationVariables>;
export const ListingDeleteDocument = {"__meta__":{"hash":"sha256:2a06153d474e6b4a3460038bd4c90eff812082ee52aac33a16515bf4fa969dc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ListingDeleteMutation, ListingDeleteMutationVariables>;
export const ListingRestoreDocument = {"__meta__":{"hash":"sha256:1d7a26f6670651b68e73b9c12831a1cf7ebdd371bac3693cc219a9d0e0540659"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ListingRestoreMutation, ListingRestoreMutationVariables>;
export const ListingNodeDocument = {"__meta__":{"hash":"sha256:8a43e263b3eee78069f3f3b1fa2d6840e60527128f8ece08604aaf90c49340a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListingFields"}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Listing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"propertyType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"bedrooms"}},{"kind":"Field","name":{"kind":"Name","value":"bathrooms"}},{"kind":"Field","name":{"kind":"Name","value":"squareFeet"}},{"kind":"Field","name":{"kind":"Name","value":"lotSizeSqft"}},{"kind":"Field","name":{"kind":"Name","value":"yearBuilt"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<ListingNodeQuery, ListingNodeQueryVariables>;
export const ListingListDocument = {"__meta__":{"hash":"sha256:15303d45892753a180dc68ed8c69b71f2593f860c1e8a9ecedeef24f0cdbc838"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ListingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListingOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deleted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletedFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"deleted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deleted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"bedrooms"}},{"kind":"Field","name":{"kind":"Name","value":"bathrooms"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"propertyType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingListQuery, ListingListQueryVariables>;
export const ListingCreateDealDocument = {"__meta__":{"hash":"sha256:5cfc6d67bb7d306c00a9446467294d3d696a159003d265968301b45242fe80b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingCreateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingCreateDealMutation, ListingCreateDealMutationVariables>;
export const ListingUpdateDealDocument = {"__meta__":{"hash":"sha256:5da26dd66a20590a4cec4347ada055523af1b2ae511194a81167a4f7142f606c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingUpdateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingUpdateDealMutation, ListingUpdateDealMutationVariables>;
export const ListingDeleteDealDocument = {"__meta__":{"hash":"sha256:7d006023609032dfdb6fa10dd9dbd94cbed687b1430004af9c5be76f5cf24ed3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListingDeleteDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ListingDeleteDealMutation, ListingDeleteDealMutationVariables>;
export const ListingDealsDocument = {"__meta__":{"hash":"sha256:6f46595223c46ddc976928b9efa0122111d987aca9551cae4da455ece48f6cce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingDeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListingDealsQuery, ListingDealsQueryVariables>;
export const ListingMeDocument = {"__meta__":{"hash":"sha256:676696a31d731c675ab4ba6e7d895538defb05abc9eb825fe9b1aeaa16fc4d90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ListingMeQuery, ListingMeQueryVariables>;
export const LicenceCreateToolDocument = {"__meta__":{"hash":"sha256:49ea6a8cc597204413b865f6618aadfdd92ed3f644f475e2eceb66aabf63fe19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LicenceCreateTool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMarketplaceToolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMarketplaceTool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceTool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"licenceDays"}}]}}]}}]}}]} as unknown as DocumentNode<LicenceCreateToolMutation, LicenceCreateToolMutationVariables>;
export const LicenceUpdateToolDocument = {"__meta__":{"hash":"sha256:dd0fb380664ff1eef95d74d00c9cb65ac6b89048522783d65204055a6f9feb30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LicenceUpdateTool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMarketplaceToolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMarketplaceTool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceTool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"licenceDays"}}]}}]}}]}}]} as unknown as DocumentNode<LicenceUpdateToolMutation, LicenceUpdateToolMutationVariables>;
export const LicenceCreateBundleDocument = {"__meta__":{"hash":"sha256:5a307dd2b6623ea929cac2f0d00fc17f81d4dd8f37355a1e894d3c8f43105524"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LicenceCreateBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateToolBundleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createToolBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolBundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"licenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"tools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"licenceDays"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LicenceCreateBundleMutation, LicenceCreateBundleMutationVariables>;
export const LicenceUpdateBundleDocument = {"__meta__":{"hash":"sha256:03e81dd8594f9a95729b496f6214ad2cd30c6c9533aec2a7dc707384d69dbb0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LicenceUpdateBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateToolBundleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateToolBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolBundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"licenceDays"}}]}}]}}]}}]} as unknown as DocumentNode<LicenceUpdateBundleMutation, LicenceUpdateBundleMutationVariables>;
export const LicenceCatalogDocument = {"__meta__":{"hash":"sha256:2cd1fdbc86e336bee34b87b57885b6567d0f923e10d37bd7db981f304da66267"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenceCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bundleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"tool"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketplaceTool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"licenceDays"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bundle"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bundleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolBundle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"licenceDays"}}]}}]}}]}}]} as unknown as DocumentNode<LicenceCatalogQuery, LicenceCatalogQueryVariables>;
export const LicenceCheckoutDocument = {"__meta__":{"hash":"sha256:a8fce75cfdb6d8454e206ae12d7bb3198c1787e28404c35356999c21604146f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LicenceCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"toolPurchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LicenceCheckoutMutation, LicenceCheckoutMutationVariables>;
export const LicenceToolPurchasesDocument = {"__meta__":{"hash":"sha256:8eedefebcaa1e8f4dcb89e91e4d7e1a17886f20b8ac2829c64d27667c542c7f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LicenceToolPurchases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolPurchases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LicenceToolPurchasesQuery, LicenceToolPurchasesQueryVariables>;
export const LifecycleCancelToolPurchaseDocument = {"__meta__":{"hash":"sha256:c603fde6055ab31dfb96f291267d657d05e9c0dc3aa5e161b0baedc8e89ad1cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleCancelToolPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelToolPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelToolPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleToolPurchaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleToolPurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LifecycleCancelToolPurchaseMutation, LifecycleCancelToolPurchaseMutationVariables>;
export const LifecycleCancelBundlePurchaseDocument = {"__meta__":{"hash":"sha256:59d46e5697b9d75a376e73ec3c8b64f22ad0e269eba6612864387990dad6b465"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleCancelBundlePurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBundlePurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBundlePurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundlePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"toolPurchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleToolPurchaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleToolPurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LifecycleCancelBundlePurchaseMutation, LifecycleCancelBundlePurchaseMutationVariables>;
export const LifecycleRefundToolPurchaseDocument = {"__meta__":{"hash":"sha256:8d066464731bc7d760c65ab0fcf1b2b4b398df5a8c782dfb880c583b9df313e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleRefundToolPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundToolPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundToolPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"toolPurchasesRefunded"}}]}}]}}]} as unknown as DocumentNode<LifecycleRefundToolPurchaseMutation, LifecycleRefundToolPurchaseMutationVariables>;
export const LifecycleRefundBundlePurchaseDocument = {"__meta__":{"hash":"sha256:66791a6d292e6bdb0716c4a964e83b3f5218c8c0b437e47e4156f81e941bc8f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleRefundBundlePurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundBundlePurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundBundlePurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"toolPurchasesRefunded"}}]}}]}}]} as unknown as DocumentNode<LifecycleRefundBundlePurchaseMutation, LifecycleRefundBundlePurchaseMutationVariables>;
export const LifecycleRecordToolUsageDocument = {"__meta__":{"hash":"sha256:fa514a4b1a0c5b0976eb9d5985192585a3efc6b437f5ca0fa191d90625c3eb28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleRecordToolUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordToolUsageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordToolUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"toolPurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleToolPurchaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleToolPurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LifecycleRecordToolUsageMutation, LifecycleRecordToolUsageMutationVariables>;
export const LifecycleToolPurchasesDocument = {"__meta__":{"hash":"sha256:0f00088dfc7240977c654c6d9cf45f27cbf3af84d275b9d8eeb8c3377a01adc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleToolPurchases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolPurchases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleToolPurchaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleToolPurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LifecycleToolPurchasesQuery, LifecycleToolPurchasesQueryVariables>;
export const LifecycleToolDocument = {"__meta__":{"hash":"sha256:6aaaf2d3d8dfcb1811b491fc8f9016d1bff3000becdb6e33884959596a8ac996"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleTool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketplaceToolFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceTools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"NullValue"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleToolQuery, LifecycleToolQueryVariables>;
export const RebuyToolPurchasesDocument = {"__meta__":{"hash":"sha256:dd925d316038536a6bddb6a77c9e779027fb2fa5ff40ddcebf25062e13d3e03c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RebuyToolPurchases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolPurchases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RebuyToolPurchaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RebuyToolPurchaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantsAccess"}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCount"}}]}}]}}]} as unknown as DocumentNode<RebuyToolPurchasesQuery, RebuyToolPurchasesQueryVariables>;
export const RebuyBundlePurchasesDocument = {"__meta__":{"hash":"sha256:9d10883d49e2be046c1af97f5acd288941b22ce17c1ac8875cb2781e20822f86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RebuyBundlePurchases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BundlePurchaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bundlePurchases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"toolPurchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RebuyBundlePurchasesQuery, RebuyBundlePurchasesQueryVariables>;
export const RebuyPurchaseReviewsDocument = {"__meta__":{"hash":"sha256:3c7338e40b235972d468b5c7217dee97e4b91aa8e9d9bc7decf4ab21b04eb4b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RebuyPurchaseReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolPurchases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RebuyPurchaseReviewsQuery, RebuyPurchaseReviewsQueryVariables>;
export const RebuyCreateReviewDocument = {"__meta__":{"hash":"sha256:c14c0ed621750fd41edf77e6ce32b51991630c82d1ae4be3690fcb327e36ee2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RebuyCreateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateToolReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createToolReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RebuyCreateReviewMutation, RebuyCreateReviewMutationVariables>;
export const MarketplaceCreateToolDocument = {"__meta__":{"hash":"sha256:a788ed72a995e847aa64af1ed93951c5e89e24d03530d78e8edd2924c5b31579"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceCreateTool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMarketplaceToolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMarketplaceTool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceTool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketplaceToolFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceToolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketplaceTool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"icon"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"integrations"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}}]}}]} as unknown as DocumentNode<MarketplaceCreateToolMutation, MarketplaceCreateToolMutationVariables>;
export const MarketplaceUpdateToolDocument = {"__meta__":{"hash":"sha256:2eaac2f53e9649fe544319cbed9958582495868ddee88d3253bab8fcf7b3bfc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceUpdateTool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMarketplaceToolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMarketplaceTool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceTool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketplaceToolFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceToolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketplaceTool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"icon"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"integrations"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseCount"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}}]}}]} as unknown as DocumentNode<MarketplaceUpdateToolMutation, MarketplaceUpdateToolMutationVariables>;
export const MarketplaceCreateBundleDocument = {"__meta__":{"hash":"sha256:c723baa4483d3a3e9b6ffef66b5697f7b3fe8c933d829ebe4f393cb19421a93d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceCreateBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateToolBundleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createToolBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolBundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketplaceBundleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceBundleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolBundle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"originalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"bundlePrice"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"popular"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}},{"kind":"Field","name":{"kind":"Name","value":"tools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]} as unknown as DocumentNode<MarketplaceCreateBundleMutation, MarketplaceCreateBundleMutationVariables>;
export const MarketplaceUpdateBundleDocument = {"__meta__":{"hash":"sha256:412d98607e343357d7c053429977cfccc6ea708384f8eb7af9900aa048b4c97e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceUpdateBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateToolBundleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateToolBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolBundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketplaceBundleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceBundleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolBundle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"originalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"bundlePrice"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"popular"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}},{"kind":"Field","name":{"kind":"Name","value":"tools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]} as unknown as DocumentNode<MarketplaceUpdateBundleMutation, MarketplaceUpdateBundleMutationVariables>;
export const MarketplaceToolsDocument = {"__meta__":{"hash":"sha256:fbd15f4fa6462a43637e44c9d8a9bffdf82c09791be7a7e7448a27497b2aa97b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceTools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketplaceToolFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarketplaceToolOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marketplaceTools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}},{"kind":"Field","name":{"kind":"Name","value":"bundles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceToolsQuery, MarketplaceToolsQueryVariables>;
export const MarketplaceBundlesDocument = {"__meta__":{"hash":"sha256:1be56cfd40b95b94da9a373804a331630d4d017baf07d7812808234e979f5804"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceBundles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ToolBundleFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolBundles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketplaceBundleFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceBundleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolBundle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"originalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"bundlePrice"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"popular"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"purchased"}},{"kind":"Field","name":{"kind":"Name","value":"tools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]} as unknown as DocumentNode<MarketplaceBundlesQuery, MarketplaceBundlesQueryVariables>;
export const MarketplaceCartDocument = {"__meta__":{"hash":"sha256:e25b0b5f4f2e30dac40e995bd6eaa846f58912d2b66cd5176ca6255c715456a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shoppingCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketplaceCartFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShoppingCart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceCartQuery, MarketplaceCartQueryVariables>;
export const MarketplaceAddToCartDocument = {"__meta__":{"hash":"sha256:dea70f91c96410aebe0f2550551b92d363b431cf0a4382da87fdba1a3e8b3e80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceAddToCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shoppingCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketplaceCartFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShoppingCart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceAddToCartMutation, MarketplaceAddToCartMutationVariables>;
export const MarketplaceRemoveFromCartDocument = {"__meta__":{"hash":"sha256:43b1e2097e279343fd6384299bff58793ec895599a9b46335e7acb3bbfbf553e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceRemoveFromCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFromCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shoppingCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketplaceCartFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceCartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShoppingCart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceRemoveFromCartMutation, MarketplaceRemoveFromCartMutationVariables>;
export const MarketplaceCheckoutDocument = {"__meta__":{"hash":"sha256:88124373152c92bd0bdfebed0a6de1a70c94964b1769fca6631985240008724e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceCheckout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolPurchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchasedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"bundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toolPurchases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceCheckoutMutation, MarketplaceCheckoutMutationVariables>;
export const MarketplacePurchasesDocument = {"__meta__":{"hash":"sha256:28f937685aa1c7becc28502a3a368e28de7a2b1afcfcc171ac3bbd28ba116de9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplacePurchases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ToolPurchaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolPurchases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bundlePurchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplacePurchasesQuery, MarketplacePurchasesQueryVariables>;
export const MarketplaceCreateReviewDocument = {"__meta__":{"hash":"sha256:afc1e83e228450f974c5225f2be54d34b401469bb85fd443ad4cfc72b230c6a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceCreateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateToolReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createToolReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketplaceReviewFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MarketplaceCreateReviewMutation, MarketplaceCreateReviewMutationVariables>;
export const MarketplaceUpdateReviewDocument = {"__meta__":{"hash":"sha256:c4d2e6c477e5908d2fbcdc09bc424544a89c258dde7f6ad17b2ffe47d7a91dab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceUpdateReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateToolReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateToolReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketplaceReviewFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MarketplaceUpdateReviewMutation, MarketplaceUpdateReviewMutationVariables>;
export const MarketplaceDeleteReviewDocument = {"__meta__":{"hash":"sha256:92ab5c59f09baad3192cd84f0b022e94276c616e66bf698b03915c6fa18b753b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketplaceDeleteReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteToolReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteToolReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketplaceReviewFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketplaceReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ToolReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MarketplaceDeleteReviewMutation, MarketplaceDeleteReviewMutationVariables>;
export const MarketplaceReviewsDocument = {"__meta__":{"hash":"sha256:6e9aec287ced28d65fadd5df0f9fa4483324c0544ad0f015a44a2375f889278b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ToolReviewFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketplaceReviewsQuery, MarketplaceReviewsQueryVariables>;
export const MarketplaceNodeDocument = {"__meta__":{"hash":"sha256:ef8fdf8fbad6be764b9ca5bc26fa038618cf303964e9c0048170bd7ea0c8cdee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketplaceNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MarketplaceNodeQuery, MarketplaceNodeQueryVariables>;
export const MembersChangeRoleDocument = {"__meta__":{"hash":"sha256:ebb3bb66014ce9accdf6b4abc2583b4ab672743af332de4be8c19c6c9ddda3be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersChangeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<MembersChangeRoleMutation, MembersChangeRoleMutationVariables>;
export const MembersRemoveMemberDocument = {"__meta__":{"hash":"sha256:b2795536898d0c2626ee2dba5d5b3d2d3307cacbfcf354e0de71dcfb50678286"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedMembershipId"}}]}}]}}]} as unknown as DocumentNode<MembersRemoveMemberMutation, MembersRemoveMemberMutationVariables>;
export const MembersListDocument = {"__meta__":{"hash":"sha256:15d250b91865e649b9275c52d4a482e80971172be2e394ca28b29e2ffc6d04e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipRole"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersListQuery, MembersListQueryVariables>;
export const MembersOrganizationsDocument = {"__meta__":{"hash":"sha256:a38c206f6c698ce77eeb35d928f2c39e28ae3066f7cbb49c4b0e6529a7285f0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersOrganizationsQuery, MembersOrganizationsQueryVariables>;
export const MembersCreateOrganizationDocument = {"__meta__":{"hash":"sha256:4150f6e88e767afb67e4a56ced6d0cae6f24b14e44c3acd62f504472f559b5b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersCreateOrganizationMutation, MembersCreateOrganizationMutationVariables>;
export const MembersCreateOrganizationNamedDocument = {"__meta__":{"hash":"sha256:40f151647de3c8ccca8011a454af5beda74ede82567107b8051a2864ed73f760"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersCreateOrganizationNamed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MembersCreateOrganizationNamedMutation, MembersCreateOrganizationNamedMutationVariables>;
export const MembersPipelinesDocument = {"__meta__":{"hash":"sha256:e5366412dbe418fbc4a3a4145924e34ccd831d864cd94761fa77edb94ec3efa8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersPipelinesQuery, MembersPipelinesQueryVariables>;
export const MembersCreateDealDocument = {"__meta__":{"hash":"sha256:9191b8843112a5be0c682faf586cab295669f1d3ee8891038ca4e5d3a7c097a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersCreateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersCreateDealMutation, MembersCreateDealMutationVariables>;
export const MembersCreateContactDocument = {"__meta__":{"hash":"sha256:590dde5ca787c3efb728877b4317bf978a249548ff50c743a875ec6f391c31b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersCreateContactMutation, MembersCreateContactMutationVariables>;
export const MembersCreateLeadDocument = {"__meta__":{"hash":"sha256:dea6a6cd7fcd19a2397dce92c35875cbfc01c0089af4174d30ed8ab7614defb4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersCreateLeadMutation, MembersCreateLeadMutationVariables>;
export const MembersCreateNoteDocument = {"__meta__":{"hash":"sha256:732de80360d8ca46f7d37216f8804f3aebfb732b6ebc291c07610a182ce3a68d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersCreateNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"NOTE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"subject"},"value":{"kind":"StringValue","value":"mine","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersCreateNoteMutation, MembersCreateNoteMutationVariables>;
export const MembersNodeOwnerDocument = {"__meta__":{"hash":"sha256:77d4dd615cac44f76b2bfd995898f31cea44650faebff72ac46c92b97e68b7ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersNodeOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersNodeOwnerQuery, MembersNodeOwnerQueryVariables>;
export const MembersMeDocument = {"__meta__":{"hash":"sha256:02ebf912f6aeee9174854824338d33120526f873ddd632824185d1147f66a80d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MembersMeQuery, MembersMeQueryVariables>;
export const MembersDealCountDocument = {"__meta__":{"hash":"sha256:87feb1a69d7b3ab677273860e0f422c6652556a3e19e2e86459fd7453f5f4eeb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersDealCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MembersDealCountQuery, MembersDealCountQueryVariables>;
export const MembersViewerRoleDocument = {"__meta__":{"hash":"sha256:17382d423cc733f8da2b3717f95f17b6502bc03cc9065f82672b4c3c39d5b1b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersViewerRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}}]}}]} as unknown as DocumentNode<MembersViewerRoleQuery, MembersViewerRoleQueryVariables>;
export const MembersOrganizationIdDocument = {"__meta__":{"hash":"sha256:de1e904a2804ecc2fe7ccb5aa15e45817f57525f86a4bb8f55c3e0ab4ffb6c84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersOrganizationId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MembersOrganizationIdQuery, MembersOrganizationIdQueryVariables>;
export const MembersRenameOrganizationDocument = {"__meta__":{"hash":"sha256:b08d42343a6b32665b566c0dded950b0f1ad1f4c590952f93917c342c71f1b6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersRenameOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Nope","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MembersRenameOrganizationMutation, MembersRenameOrganizationMutationVariables>;
export const MembersCreateListingDocument = {"__meta__":{"hash":"sha256:7e27cb757e07b8754c267169d315663e6e5f0ba8ba47feab6c3472ad9f2ed76c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersCreateListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateListingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MembersCreateListingMutation, MembersCreateListingMutationVariables>;
export const MembersCreateAppointmentDocument = {"__meta__":{"hash":"sha256:179840de734736885a3a131aee69ffc2484d217c3a371d52ea970fa20d28db22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersCreateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MembersCreateAppointmentMutation, MembersCreateAppointmentMutationVariables>;
export const MembersCreateMessageDocument = {"__meta__":{"hash":"sha256:349670dc2d7b33c097319e92c076a856c0673595bd509cd474600ca723d58ba1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersCreateMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MembersCreateMessageMutation, MembersCreateMessageMutationVariables>;
export const MembersCreateAutomationDocument = {"__meta__":{"hash":"sha256:875826793c11dc5265d237518a34dd49425d8ef84b56316c6120089fa35b1195"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersCreateAutomation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAutomationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAutomation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MembersCreateAutomationMutation, MembersCreateAutomationMutationVariables>;
export const MetricsRefreshDocument = {"__meta__":{"hash":"sha256:f5f9135cb08bb70a98b2dd06a13ab6a5aaea184e8f0333265a3ae371aab77ad4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MetricsRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshMetricsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshedDays"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricsDailyMetricFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricsDailyMetricFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyMetric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"leadsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dealsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dealsWon"}},{"kind":"Field","name":{"kind":"Name","value":"dealsLost"}},{"kind":"Field","name":{"kind":"Name","value":"revenueWon"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesLogged"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentsBooked"}},{"kind":"Field","name":{"kind":"Name","value":"messagesLogged"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<MetricsRefreshMutation, MetricsRefreshMutationVariables>;
export const MetricsListDocument = {"__meta__":{"hash":"sha256:be3281a6f47c20ff72ce59e1f93e3cfdb64e0d62b478543bfd93ba37a6fe2dd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricsDailyMetricFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricsDailyMetricFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyMetric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"leadsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dealsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"dealsWon"}},{"kind":"Field","name":{"kind":"Name","value":"dealsLost"}},{"kind":"Field","name":{"kind":"Name","value":"revenueWon"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesLogged"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentsBooked"}},{"kind":"Field","name":{"kind":"Name","value":"messagesLogged"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]} as unknown as DocumentNode<MetricsListQuery, MetricsListQueryVariables>;
export const MetricsNodeDocument = {"__meta__":{"hash":"sha256:fc688f058f78b398c03a91ae9af3167d0b64e311b4940c2ab75b172932d96231"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DailyMetric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"leadsCreated"}}]}}]}}]}}]} as unknown as DocumentNode<MetricsNodeQuery, MetricsNodeQueryVariables>;
export const MetricsPipelinesDocument = {"__meta__":{"hash":"sha256:2bd2251fcd4f53d883475515af6af2eafd2c1813725040b6fbb08137df54b9f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetricsPipelinesQuery, MetricsPipelinesQueryVariables>;
export const MetricsCreatePipelineDocument = {"__meta__":{"hash":"sha256:a2e4d80e730db1506d6bf61a54e772280aa5846978269ff1359d73b05fe593e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MetricsCreatePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetricsCreatePipelineMutation, MetricsCreatePipelineMutationVariables>;
export const MetricsDeleteLeadDocument = {"__meta__":{"hash":"sha256:7d53fafaef2f55c9461f0c65a67cdca6da28c9cf55d3ea4097e9ffd32f321b88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MetricsDeleteLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MetricsDeleteLeadMutation, MetricsDeleteLeadMutationVariables>;
export const MetricsDeleteDealDocument = {"__meta__":{"hash":"sha256:459ee7442b766d4da41abed56e700b9961634622d38a8d38b77c3f3a602dd9d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MetricsDeleteDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MetricsDeleteDealMutation, MetricsDeleteDealMutationVariables>;
export const MetricsDeleteActivityDocument = {"__meta__":{"hash":"sha256:f4895a1b59ac3e61d23d0be7c10c769b2ec0fce79dcb5a1b0d1c4ccd30476c15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MetricsDeleteActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MetricsDeleteActivityMutation, MetricsDeleteActivityMutationVariables>;
export const MetricsCreateAppointmentDocument = {"__meta__":{"hash":"sha256:4bf3f5aad5f60328fdd743a01531098c644b95e72bda8397062bd26ad5d63f1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MetricsCreateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MetricsCreateAppointmentMutation, MetricsCreateAppointmentMutationVariables>;
export const MetricsCreateMessageDocument = {"__meta__":{"hash":"sha256:f69e4f01d33eefc10c846b4c8ff45b134256ded00ce13e5783e207f7d67bac78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MetricsCreateMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MetricsCreateMessageMutation, MetricsCreateMessageMutationVariables>;
export const MetricsDashboardPipelineDocument = {"__meta__":{"hash":"sha256:230f3d3443cdb7e7271c935c904d103b57cca59dad0fc893d3731a03ed0cec32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsDashboardPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalValue"}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"}}]}}]}}]}}]} as unknown as DocumentNode<MetricsDashboardPipelineQuery, MetricsDashboardPipelineQueryVariables>;
export const MetricsDashboardWinRateDocument = {"__meta__":{"hash":"sha256:0efca63e8156bb40af2e19d073cfb2e7763f989d3dbc665e770ad9d4a6d3c866"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsDashboardWinRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"winRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<MetricsDashboardWinRateQuery, MetricsDashboardWinRateQueryVariables>;
export const MetricsDashboardActivityDocument = {"__meta__":{"hash":"sha256:d8e8fd2972142754ce75ff887fd0d6d8e49d7085a21414bae2c66be96fae3a1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsDashboardActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetricsDashboardActivityQuery, MetricsDashboardActivityQueryVariables>;
export const MetricsDashboardFunnelDocument = {"__meta__":{"hash":"sha256:056612fb9c6a815f32f21fd4caedb97e5ed632bc13f909c90788a764c0cef8f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsDashboardFunnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadFunnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<MetricsDashboardFunnelQuery, MetricsDashboardFunnelQueryVariables>;
export const MetricsDashboardCostDocument = {"__meta__":{"hash":"sha256:385c1dec69019bf781f064069818688275c94f93c3c29a89a57f094ca0996959"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricsDashboardCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activityCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-05-01T00:00:00Z","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-05-02T00:00:00Z","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MetricsDashboardCostQuery, MetricsDashboardCostQueryVariables>;
export const NotificationListDocument = {"__meta__":{"hash":"sha256:00be0499fd06c3aaaa857855d3cb9670ce926f5205e844f7108d05435eaa53aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationListQuery, NotificationListQueryVariables>;
export const NotificationWithSubjectDocument = {"__meta__":{"hash":"sha256:2d45558a2131f3068ac811910a0ddb58a789b705e7a4adc17a7701ec65482ae9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationWithSubject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationWithSubjectQuery, NotificationWithSubjectQueryVariables>;
export const NotificationSubjectsDocument = {"__meta__":{"hash":"sha256:895533b877218052511626b949048c673b76332d72ca64c5c3cc45432c002397"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSubjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationSubjectsQuery, NotificationSubjectsQueryVariables>;
export const NotificationNodeDocument = {"__meta__":{"hash":"sha256:a17c78973c18b3fe0f215150a2d11e9aa74d56f654f4e692320dfa16bcb896d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationNodeQuery, NotificationNodeQueryVariables>;
export const NotificationMarkReadDocument = {"__meta__":{"hash":"sha256:41852d47e0301850a6a37e871f17532748cf1bb348e640f2f11a9be0f5338507"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationMarkReadMutation, NotificationMarkReadMutationVariables>;
export const NotificationMarkAllReadDocument = {"__meta__":{"hash":"sha256:2c132fb4d364589c11d96ea3da4550f5d7b1f8c59a7d3bc37db7b5a127c5242f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationMarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markedCount"}}]}}]}}]} as unknown as DocumentNode<NotificationMarkAllReadMutation, NotificationMarkAllReadMutationVariables>;
export const NotificationMeDocument = {"__meta__":{"hash":"sha256:6056490772f0786327323f39635f2b0ccc01c1372cafd36777820d890cc59bcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationMeQuery, NotificationMeQueryVariables>;
export const NotificationCreateLeadDocument = {"__meta__":{"hash":"sha256:c3797c72342ad9f1acd14b50100fb6b10a11c8e8f0b6a741f6d00ef926dfce61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationCreateLeadMutation, NotificationCreateLeadMutationVariables>;
export const NotificationUpdateLeadDocument = {"__meta__":{"hash":"sha256:cfd807af628f8cb55aac623e36b4b9a307da8bdeb1d52c2d64dd27622556d142"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationUpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationUpdateLeadMutation, NotificationUpdateLeadMutationVariables>;
export const NotificationCreateDealDocument = {"__meta__":{"hash":"sha256:319df675d547b8cc290f939aac756ad3c4f59893ba192482186ef8849bdd403e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationCreateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationCreateDealMutation, NotificationCreateDealMutationVariables>;
export const NotificationUpdateDealDocument = {"__meta__":{"hash":"sha256:84b06e9a656b67dd71fe284898dee9da0828a9e4521d5dc7a9044a30b12bce3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationUpdateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationUpdateDealMutation, NotificationUpdateDealMutationVariables>;
export const NotificationCreateAppointmentDocument = {"__meta__":{"hash":"sha256:6dcc0c440fa941088e38590e024aa6d76f61ac65c4a904b329f94ae3cb15bb3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationCreateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationCreateAppointmentMutation, NotificationCreateAppointmentMutationVariables>;
export const NotificationUpdateAppointmentDocument = {"__meta__":{"hash":"sha256:49214d41441592dd325f252684249b7463e96b70aa4db752294b74ff74dead71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationUpdateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationUpdateAppointmentMutation, NotificationUpdateAppointmentMutationVariables>;
export const NotificationDeleteDocument = {"__meta__":{"hash":"sha256:5f33121e0daad67f1848ecd7460fa3d8aa30c768d27618850b0372b9d6ce8a9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedNotificationId"}}]}}]}}]} as unknown as DocumentNode<NotificationDeleteMutation, NotificationDeleteMutationVariables>;
export const NotificationDeleteAllReadDocument = {"__meta__":{"hash":"sha256:42162a718800be2c2691ddb515048092fd1f7cc5a321297153511e9069d50f57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationDeleteAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAllReadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCount"}}]}}]}}]} as unknown as DocumentNode<NotificationDeleteAllReadMutation, NotificationDeleteAllReadMutationVariables>;
export const NotificationSendSystemDocument = {"__meta__":{"hash":"sha256:23b043faaa987ec02bd64fcd435a88a5082a8788828e5c7c0fe490da0b7a2780"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationSendSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendSystemNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSystemNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}}]}}]} as unknown as DocumentNode<NotificationSendSystemMutation, NotificationSendSystemMutationVariables>;
export const PaginationCreateContactDocument = {"__meta__":{"hash":"sha256:bb2101668472cbbdef3c12a310a61cec4eb82ab77c78274d30c6f0866a119cb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaginationCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PaginationCreateContactMutation, PaginationCreateContactMutationVariables>;
export const PaginationContactsDocument = {"__meta__":{"hash":"sha256:96a9bdd22ef7d985a5a2e28e22c683e1a6d7caedb4fd097ed6c409a97ec45c96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaginationContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaginationContactsQuery, PaginationContactsQueryVariables>;
export const PartnerSyncDeleteContactDocument = {"__meta__":{"hash":"sha256:41dc6498822cd936b46baa4cddb48b67f30bba6a7df4fd6d36883c092c37b946"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSyncDeleteContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerSyncDeleteContactMutation, PartnerSyncDeleteContactMutationVariables>;
export const PartnerSyncDeleteDealDocument = {"__meta__":{"hash":"sha256:f961345fa1c8f933de58dfa7141a14d04d9c8f4463c022380479a56b54a67e93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSyncDeleteDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerSyncDeleteDealMutation, PartnerSyncDeleteDealMutationVariables>;
export const PipelinePipelinesDocument = {"__meta__":{"hash":"sha256:3dee39694662e1a21d2f843e49b32d99d16fd151fb631e0110abed5551f641ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelinePipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelinePipelinesQuery, PipelinePipelinesQueryVariables>;
export const PipelineCreatePipelineDocument = {"__meta__":{"hash":"sha256:02cdb54f425452c8b7bc6d0a8cd26006965c8abc3b12f5f65b5dcb782eff5f46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineCreatePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineCreatePipelineMutation, PipelineCreatePipelineMutationVariables>;
export const PipelineUpdatePipelineDocument = {"__meta__":{"hash":"sha256:e1609b852ee7abdf604ce2b1031f397d1f56e98b3a8c177b2878363d139f8e23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineUpdatePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineUpdatePipelineMutation, PipelineUpdatePipelineMutationVariables>;
export const PipelineDeletePipelineDocument = {"__meta__":{"hash":"sha256:b30ace4ecd73adf61133f1c4307b31f9effc38b3bcbded4808852dc7114cad8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineDeletePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineDeletePipelineMutation, PipelineDeletePipelineMutationVariables>;
export const PipelineCreateStageDocument = {"__meta__":{"hash":"sha256:2587a552fe73a8dee59b0816f1d99a857c8292275583f65b316f0dddcc9c48a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineCreateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePipelineStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineCreateStageMutation, PipelineCreateStageMutationVariables>;
export const PipelineUpdateStageDocument = {"__meta__":{"hash":"sha256:30c15c333249af58c1a148da82138f7427bf7a0da8fae07d13c30737e7070d47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineUpdateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePipelineStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineUpdateStageMutation, PipelineUpdateStageMutationVariables>;
export const PipelineDeleteStageDocument = {"__meta__":{"hash":"sha256:04522b163088b625c554698cd52251db51f02e65ff7f471f860ef337c90f701a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineDeleteStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineDeleteStageMutation, PipelineDeleteStageMutationVariables>;
export const PipelineDeleteStageDetailsDocument = {"__meta__":{"hash":"sha256:91f54dde69d0ba5add0c2d7f05fd05f38d395f9af03f4f7e0c76afac08eeae9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineDeleteStageDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineDeleteStageDetailsMutation, PipelineDeleteStageDetailsMutationVariables>;
export const PipelineCreateDealDocument = {"__meta__":{"hash":"sha256:5161ece55c64098b81db659e88b7a09b60a621885a53a9565478ac01f49e7862"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PipelineCreateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineCreateDealMutation, PipelineCreateDealMutationVariables>;
export const PipelineDealDocument = {"__meta__":{"hash":"sha256:8eb6f4ce39266f89dce80b0925a0d755bcec55730c5fe8d5b0abec33b63d3f4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineDealQuery, PipelineDealQueryVariables>;
export const RateLimitContactsDocument = {"__meta__":{"hash":"sha256:cc56766becf7ddcc7136313e2cad1e4f9ae694134d928de42cdc422ec0df7de7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimitContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RateLimitContactsQuery, RateLimitContactsQueryVariables>;
export const RateLimitMeDocument = {"__meta__":{"hash":"sha256:9349d5624ea02c24b1c8b24fbc51c36e083ce753230debed32a359a766efc6ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimitMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RateLimitMeQuery, RateLimitMeQueryVariables>;
export const RateLimitCreateContactDocument = {"__meta__":{"hash":"sha256:a74a620fe4aa0ac33f608dbfcf79a092b5865925e3fbcff74a3b57acd8c36ee4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateLimitCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RateLimitCreateContactMutation, RateLimitCreateContactMutationVariables>;
export const RowLocksPipelinesDocument = {"__meta__":{"hash":"sha256:795c67462ac1d5fa6968f8c66b8ba5d8d94484804afeeb2b790c857c55ac51e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RowLocksPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksPipelinesQuery, RowLocksPipelinesQueryVariables>;
export const RowLocksCreatePipelineDocument = {"__meta__":{"hash":"sha256:cd78e3a89d2a72749d63b8ea48ecf733b21fdd03c72d1f75958da37cb7264631"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksCreatePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksCreatePipelineMutation, RowLocksCreatePipelineMutationVariables>;
export const RowLocksUpdatePipelineDocument = {"__meta__":{"hash":"sha256:e0ef11d2f1bd8625e3d9664e96c95d2a9a4f6e7ad81425c99eea4d97a3db830a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksUpdatePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksUpdatePipelineMutation, RowLocksUpdatePipelineMutationVariables>;
export const RowLocksDeletePipelineDocument = {"__meta__":{"hash":"sha256:678c742bb2669a702fd8ea70734170ef6927a733913e75db4ab33147ccb729c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksDeletePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksDeletePipelineMutation, RowLocksDeletePipelineMutationVariables>;
export const RowLocksCreateStageDocument = {"__meta__":{"hash":"sha256:0a220639c3af3f2e86dc447faf06eeb8ecc0aa77103750c6596db2fd1aeb6477"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksCreateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePipelineStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksCreateStageMutation, RowLocksCreateStageMutationVariables>;
export const RowLocksUpdateStageDocument = {"__meta__":{"hash":"sha256:6362a7c42dbf0ef8ba13d235f8a56b73c62b541f9619be2a6a8ee38d84e2fe94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksUpdateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePipelineStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksUpdateStageMutation, RowLocksUpdateStageMutationVariables>;
export const RowLocksDeleteStageDocument = {"__meta__":{"hash":"sha256:d0c1e8cd6dacb9b74ac777463ebfb252f28a6d3b3818763532ce9fcdd705ca07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksDeleteStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePipelineStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksDeleteStageMutation, RowLocksDeleteStageMutationVariables>;
export const RowLocksCreateDealDocument = {"__meta__":{"hash":"sha256:c9a19f3dcc2feac276ba857c325e35006d7466000a91b856b2e48788e39b90b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksCreateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksCreateDealMutation, RowLocksCreateDealMutationVariables>;
export const RowLocksCreateLeadDocument = {"__meta__":{"hash":"sha256:ac85b6661e44b18b2f7634a2133597644c10d265c1d97a2309fe23c8ca0893db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksCreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksCreateLeadMutation, RowLocksCreateLeadMutationVariables>;
export const RowLocksConvertLeadDocument = {"__meta__":{"hash":"sha256:09d3b70cbebce272ae20f33150abeac4314c35ac6ce5a61b305d4d198b6e7c0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksConvertLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksConvertLeadMutation, RowLocksConvertLeadMutationVariables>;
export const RowLocksMoveDealStageDocument = {"__meta__":{"hash":"sha256:2385836418716e2096970fae0be3d16babe3363dfe8d915cfe43597c434b888b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksMoveDealStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveDealStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDealStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksMoveDealStageMutation, RowLocksMoveDealStageMutationVariables>;
export const RowLocksCreateAutomationDocument = {"__meta__":{"hash":"sha256:b5b4de1726d351d0337f2919ef930207560fbb26daab3ab9abe11037cb5c3192"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksCreateAutomation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAutomationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAutomation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksCreateAutomationMutation, RowLocksCreateAutomationMutationVariables>;
export const RowLocksUpdateAutomationDocument = {"__meta__":{"hash":"sha256:e19ad13b1ea366d510bb14d217a918a72fce5ca8c5f6d68b5a33b381a65ba171"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksUpdateAutomation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAutomationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAutomation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"automation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksUpdateAutomationMutation, RowLocksUpdateAutomationMutationVariables>;
export const RowLocksMembersDocument = {"__meta__":{"hash":"sha256:563638be0fa79600f84e840cbc86897186a0db36d13bcd0c0911eda79190d27a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RowLocksMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksMembersQuery, RowLocksMembersQueryVariables>;
export const RowLocksChangeRoleDocument = {"__meta__":{"hash":"sha256:fba90fa437c04e84349dff3d302c4e8edf21bac0c6749cefd386bfc08b700d47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksChangeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksChangeRoleMutation, RowLocksChangeRoleMutationVariables>;
export const RowLocksRemoveMemberDocument = {"__meta__":{"hash":"sha256:0b6bd20494855a41cd9cabd18ecd91495758b456fff584150279e3af45f67387"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedMembershipId"}}]}}]}}]} as unknown as DocumentNode<RowLocksRemoveMemberMutation, RowLocksRemoveMemberMutationVariables>;
export const RowLocksCreateApiKeyDocument = {"__meta__":{"hash":"sha256:06da0d80435f53d784b453211ab01850fb1d0c33fda95697f828a8954a95f9b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksCreateApiKeyMutation, RowLocksCreateApiKeyMutationVariables>;
export const RowLocksRotateApiKeyDocument = {"__meta__":{"hash":"sha256:ce7d4b42a28956d97ccb1bfbb4ea35c5525335e250fe2ff4ff970c7162ae0e8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksRotateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksRotateApiKeyMutation, RowLocksRotateApiKeyMutationVariables>;
export const RowLocksRevokeApiKeyDocument = {"__meta__":{"hash":"sha256:2c9a7470d2e4c3fc356f7e7a8dca92283b350e217f24570b88aacb5cfc371be1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RowLocksRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RowLocksRevokeApiKeyMutation, RowLocksRevokeApiKeyMutationVariables>;
export const RowLocksWhoAmIDocument = {"__meta__":{"hash":"sha256:c5d97b0ea89498148ab716672c8686afd0f15fbc403dcf3c73eb51d8afdcce87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RowLocksWhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RowLocksWhoAmIQuery, RowLocksWhoAmIQueryVariables>;
export const SmokeCreateContactDocument = {"__meta__":{"hash":"sha256:3ff8cc12547ce47dabe8cae4c2b0b610b2dbc40393d60d4c05935fe00adc3ad4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SmokeCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<SmokeCreateContactMutation, SmokeCreateContactMutationVariables>;
export const SmokeContactsDocument = {"__meta__":{"hash":"sha256:d24e269440d340251bde1b1572c48c65c80d6478819675c9de3b34ce7e772e7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmokeContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SmokeContactsQuery, SmokeContactsQueryVariables>;
export const SoftDeleteNodeDocument = {"__meta__":{"hash":"sha256:83f0202b5a552f20d3b8455ee65d1600d2d484afd664894c10d1ce8571fe77be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SoftDeleteNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pipeline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SoftDeleteNodeQuery, SoftDeleteNodeQueryVariables>;
export const TrustedDocumentRegisterDocument = {"__meta__":{"hash":"sha256:7f79526d2c64c98efbf6347d02f2550863d607037d0a1772c25909ac371e704b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrustedDocumentRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterTrustedDocumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerTrustedDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"operationNames"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<TrustedDocumentRegisterMutation, TrustedDocumentRegisterMutationVariables>;
export const TrustedDocumentRemoveDocument = {"__meta__":{"hash":"sha256:254653b707d8b25d084120602004c10bd09c3c3b4cec81c38e62e463269197fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrustedDocumentRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTrustedDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedTrustedDocumentId"}}]}}]}}]} as unknown as DocumentNode<TrustedDocumentRemoveMutation, TrustedDocumentRemoveMutationVariables>;
export const TrustedDocumentListDocument = {"__meta__":{"hash":"sha256:07eff285252e2b9ab2519d2f485146bdc5d8dcab94d388ed03b3b7f34a5925f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedDocumentList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustedDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"operationNames"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustedDocumentListQuery, TrustedDocumentListQueryVariables>;
export const TrustedDocumentAuditDocument = {"__meta__":{"hash":"sha256:2629eb5e6630b61776913b788206d672324554edf299fd3be902c7f53c3d892b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedDocumentAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"recordType"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"equals"},"value":{"kind":"EnumValue","value":"TRUSTED_DOCUMENT"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustedDocumentAuditQuery, TrustedDocumentAuditQueryVariables>;
export const WebhookCreateEndpointDocument = {"__meta__":{"hash":"sha256:58bda157730ef0c885ad73ff5ef8e7812f5973a0bb99f2b8e2af1a63def31d13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookCreateEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookCreateEndpointMutation, WebhookCreateEndpointMutationVariables>;
export const WebhookEndpointsDocument = {"__meta__":{"hash":"sha256:0b0f19ce86552dcb2148f91285413e5cfdb5db7258105cdb315ae4ec9d2d36e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookDeliveriesDocument = {"__meta__":{"hash":"sha256:06a2c5221a44f252cbd79d66a0ac6a7b14af8afd273eaca54f291cd09226e78c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const WebhookUpdateEndpointDocument = {"__meta__":{"hash":"sha256:94635440fae4faea301e7d2eeaad65fd286cf91a49aeda6db736681451888a4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookUpdateEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookUpdateEndpointMutation, WebhookUpdateEndpointMutationVariables>;
export const WebhookDeleteEndpointDocument = {"__meta__":{"hash":"sha256:bfcc58c26b27ea7ef481b8f653aa28ff95366a865243497e44bf916b0bc933f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookDeleteEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedWebhookEndpointId"}}]}}]}}]} as unknown as DocumentNode<WebhookDeleteEndpointMutation, WebhookDeleteEndpointMutationVariables>;
export const WebhookRotateSecretDocument = {"__meta__":{"hash":"sha256:524deee47057c7199963bf4b473ca53410b347212b6be968be2cbc63398be327"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookRotateSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookEndpointSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookRotateSecretMutation, WebhookRotateSecretMutationVariables>;
export const WebhookRedeliverDocument = {"__meta__":{"hash":"sha256:a13e049b034ae673aa55d7bcdfa762e2c385b076a1cfda995d3163fff72ffa41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookRedeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookRedeliverMutation, WebhookRedeliverMutationVariables>;