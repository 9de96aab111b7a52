import { ValidationError } from "../lib/errors";

/** Trimmed required text of at most `max` characters; `message` (Vietnamese) when missing. */
export function requireText(value: string | undefined, max: number, message: string): string {
  const text = value?.trim() ?? "";
  if (!text) throw new ValidationError("text_required", message, message);
  if (text.length > max) throw new ValidationError("text_too_long", `longer than ${max}`, `Nội dung quá dài (tối đa ${max.toLocaleString("vi-VN")} ký tự).`);
  return text;
}

export function optionalText(value: string | undefined, max: number): string | null {
  const text = value?.trim() ?? "";
  if (!text) return null;
  return requireText(text, max, "");
}

/** Great-circle distance in metres. */
export function haversineM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
