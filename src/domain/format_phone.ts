/**
 * French phone numbers as the registers publish them, written for people ("03 21 69 12 00") and for a
 * `tel:` link ("tel:+33321691200"). Nothing is ever guessed: a value that is not a French number gives null.
 */

/**
 * A register's phone number in the French national format, groups of two digits. Accepts the 10 digits
 * starting with 0 (FINESS register) or the 9 digits without the leading 0 (Eurostat's `tel`); spaces, dots and
 * dashes are ignored. Anything else (empty, letters, another length, a leading 0 missing from 10 digits): null.
 *
 * @example
 * formatFrenchPhone('321691200'); // '03 21 69 12 00'
 * formatFrenchPhone('03.21.69.12.00'); // '03 21 69 12 00'
 * formatFrenchPhone('12'); // null
 */
export function formatFrenchPhone(raw: string | null | undefined): string | null {
  const s = (raw ?? '').replace(/[\s.-]/g, '');
  let digits: string | null = null;
  if (/^0[1-9]\d{8}$/.test(s)) digits = s;
  else if (/^[1-9]\d{8}$/.test(s)) digits = `0${s}`;
  if (!digits) return null;
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/**
 * The `tel:` link of a number written in the French national format, in international form, or null when it
 * is not one.
 *
 * @example
 * phoneHref('03 21 69 12 00'); // 'tel:+33321691200'
 */
export function phoneHref(phone: string | null | undefined): string | null {
  const s = (phone ?? '').replace(/\s/g, '');
  return /^0[1-9]\d{8}$/.test(s) ? `tel:+33${s.slice(1)}` : null;
}
