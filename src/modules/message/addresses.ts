import { badInput } from '../../schema/errors.js';

export type MessageChannel = 'EMAIL' | 'SMS' | 'WHATSAPP' | 'CHAT' | 'OTHER';

export const MAX_RECIPIENTS = 50;

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;
/** SMS short codes (e.g. 2FA senders, marketing numbers) have no country code. */
const SHORT_CODE = /^\d{3,8}$/;
// Spaces, dashes, dots and parentheses are how people write numbers, not part of them.
const PHONE_FORMATTING = /[\s().-]/g;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * One address of a message for its channel, normalized: EMAIL → a lower-cased e-mail address;
 * SMS → E.164 (+14155550123) or a short code; WHATSAPP → E.164; CHAT and OTHER → any handle of
 * 1-320 characters. `field` names the input at fault (`from`, `to[2]`).
 */
export function messageAddress(channel: MessageChannel, value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badInput(`${field} cannot be empty`, field);
  if (trimmed.length > 320) throw badInput(`${field} must be at most 320 characters`, field);
  if (CONTROL_CHARACTERS.test(trimmed)) throw badInput(`${field} contains control characters`, field);
  switch (channel) {
    case 'EMAIL':
      if (!EMAIL.test(trimmed) || trimmed.length > 254) throw badInput(`${field} is not a valid e-mail address`, field);
      return trimmed.toLowerCase();
    case 'SMS':
    case 'WHATSAPP': {
      const phone = trimmed.replace(PHONE_FORMATTING, '');
      if (E164.test(phone) || (channel === 'SMS' && SHORT_CODE.test(phone))) return phone;
      throw badInput(
        `${field} is not a phone number in E.164 form such as +14155550123${channel === 'SMS' ? ' (or an SMS short code)' : ''}`,
        field,
      );
    }
    default:
      return trimmed;
  }
}

/** The recipients: 1-50 addresses, each valid for the channel; duplicates are dropped (first one kept). */
export function messageRecipients(channel: MessageChannel, values: readonly string[]): string[] {
  if (values.length === 0) throw badInput('to needs at least one recipient', 'to');
  if (values.length > MAX_RECIPIENTS) throw badInput(`to: at most ${MAX_RECIPIENTS} recipients`, 'to');
  return [...new Set(values.map((value, index) => messageAddress(channel, value, `to[${index}]`)))];
}
