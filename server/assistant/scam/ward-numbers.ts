import type { WardProfile } from "../../wards/ward-profile";
import { execAll } from "./exec-all";

/*
 * The numbers a ward publishes itself — its office's hotline, the ward police, the one-stop office,
 * the digital team, staff named in its profile — are registered contacts for the scam check when a
 * resident of THAT ward forwards a notice giving them ("UBND phường … liên hệ cán bộ … 0912…").
 *
 * Other wards' numbers are not: the check runs for one ward, and a notice reaching a resident from
 * another ward is rare, while a scammer posing as "cán bộ phường" can quote any ward's public
 * number. Counting them would only lower the guard (and would need a cross-ward lookup the pure
 * check cannot do); the resident is still told to verify through their own ward's hotline.
 */

/** Vietnamese phone numbers in a text, digits with a leading 0: mobiles (10 digits) and landlines (02x…, 11). */
const phonePattern = /(?<![\d])(?:\(?\+84\)?|0)[\s.-]?\(?\d{2,3}\)?(?:[\s.-]?\d){6,8}(?!\d)/g;
export function phoneNumbersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of execAll(phonePattern, text)) {
    const digits = m[0].replace(/\D/g, "").replace(/^84/, "0");
    if (digits.length === 10 || digits.length === 11) out.push(digits);
  }
  return out;
}

/** The text fields of a ward profile that carry the ward's published contacts. */
const contactFields = ["hotline", "police", "digital_team", "address", "office_hours", "reception_schedule"] as const;

/** Every phone number the ward's profile publishes (digits, leading 0), for checkScam's `wardNumbers`. */
export function wardContactNumbers(profile: WardProfile): string[] {
  // read on every message: remembered per profile object (a changed profile is a new object;
  // the array is shared: its order is not part of the contract, checkScam reads it into a Set)
  let numbers = numbersByProfile.get(profile);
  if (!numbers) {
    numbers = [...new Set(contactFields.flatMap((f) => phoneNumbersIn(profile[f] ?? "")))];
    numbersByProfile.set(profile, numbers);
  }
  return numbers;
}

const numbersByProfile = new WeakMap<WardProfile, string[]>();
