/** Check digits of the French registers' numbers (pure). */

/** Luhn checksum over a string of digits: true when the last digit is the right check digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * A FINESS number (ET or EJ): 9 characters, the département (2 digits, or 2A/2B in Corsica), 6 digits and a Luhn
 * check digit over the 9 digits. Corsican numbers are checked on their format only (their check digit is computed
 * on a substituted département code we do not reproduce).
 *
 * @example
 * isValidFiness('620000257'); // true (CH Lens)
 * isValidFiness('620000258'); // false
 */
export function isValidFiness(no: string): boolean {
  if (/^2[AB]\d{7}$/.test(no)) return true;
  return /^\d{9}$/.test(no) && luhnValid(no);
}

/**
 * A SIRET number: 14 digits with a Luhn check digit (La Poste's establishments, SIREN 356000000, use a sum
 * divisible by 5 instead).
 */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith('356000000')) return [...siret].reduce((s, c) => s + Number(c), 0) % 5 === 0;
  return luhnValid(siret);
}
