export type MessageChannel = 'EMAIL' | 'SMS' | 'WHATSAPP' | 'CHAT' | 'OTHER';

export const MAX_RECIPIENTS = 50;

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;
/** SMS short codes (e.g. 2FA senders, marketing numbers) have no country code. */
const SHORT_CODE = /^\d{3,8}$/;
// Spaces, dashes, dots and parentheses are how people write numbers, not part of them.
const PHONE_FORMATTING = /[\s().-]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A normalized address, or the problem with it (its message names the field as `{field}`). */
export type Address = { address: string } | { problem: string };

/**
 * One address of a message for its channel, normalized: EMAIL → a lower-cased e-mail address;
 * SMS → E.164 (+14155550123) or a short code; WHATSAPP → E.164; CHAT and OTHER → any handle of
 * 1-320 characters.
 */
export function messageAddress(channel: MessageChannel, value: string): Address {
  const trimmed = value.trim();
  if (trimmed.length === 0) return { problem: '{field} cannot be empty' };
  if (trimmed.length > 320) return { problem: '{field} must be at most 320 characters' };
  if (CONTROL_CHARACTERS.test(trimmed)) return { problem: '{field} contains control characters' };
  switch (channel) {
    case 'EMAIL':
      if (!EMAIL.test(trimmed) || trimmed.length > 254) return { problem: '{field} is not a valid e-mail address' };
      return { address: trimmed.toLowerCase() };
    case 'SMS':
    case 'WHATSAPP': {
      const phone = trimmed.replace(PHONE_FORMATTING, '');
      if (E164.test(phone) || (channel === 'SMS' && SHORT_CODE.test(phone))) return { address: phone };
      return {
        problem: `{field} is not a phone number in E.164 form such as +14155550123${channel === 'SMS' ? ' (or an SMS short code)' : ''}`,
      };
    }
    default:
      return { address: trimmed };
  }
}
