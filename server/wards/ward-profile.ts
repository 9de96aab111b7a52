import { z } from "zod";
import type { DayExceptions } from "./working-hours";
import { confirmedFactSchema } from "../knowledge/fact-confirmations";

const hhmm = z.string().regex(/^\d{2}:\d{2}$/, "expected HH:MM");

export const greenLaneItemSchema = z.object({
  /** id of a procedure record in knowledge/procedures */
  procedure: z.string().min(1),
  /** the ward's shortened processing time, as the ward publishes it */
  time: z.string().min(1),
  note: z.string().optional(),
});

export const wardProfileSchema = z.object({
  address: z.string().min(1),
  office_hours: z.string().min(1),
  hotline: z.string().min(1),
  reception_schedule: z.string().min(1),
  police: z.string().min(1),
  digital_team: z.string().min(1),
  timezone: z.string().default("Asia/Ho_Chi_Minh"),
  working_hours: z
    .object({
      days: z.array(z.number().int().min(0).max(6)).min(1),
      periods: z.array(z.tuple([hhmm, hhmm])).min(1),
    })
    .default({ days: [1, 2, 3, 4, 5], periods: [["08:00", "12:00"], ["13:30", "17:00"]] }),
  /** the optional language model for this ward: off unless the deployment has a key; budget overrides the deployment's */
  language_model: z
    .object({ enabled: z.boolean(), daily_token_budget: z.number().int().min(0).optional() })
    .optional(),
  /**
   * Zalo settings. Buttons on consultation messages are not in Zalo's documented v3 shapes
   * (docs/zalo-api-notes.md §0.3): off unless the ward verified them with its own OA; when on,
   * any refusal falls back to text with the choices written out.
   */
  zalo: z.object({ cs_buttons: z.boolean().default(false) }).optional(),
  /** the ward's mini app (https://zalo.me/s/<mini app id>/): "Gửi phản ánh" links open its report form */
  miniapp_url: z.string().url().startsWith("https://", "miniapp_url: https only").optional(),
  /** where the mini app's map opens when the resident's position is unknown (the ward's office) */
  map_center: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
  green_lane: z
    .object({
      /** true while the list is sample data the ward has not confirmed */
      sample: z.boolean().default(false),
      /**
       * the ward confirms the list holds every procedure it runs in the green lane: only then may a
       * procedure missing from it be answered "Dạ không" (never while the list is a sample)
       */
      complete: z.boolean().optional(),
      items: z.array(greenLaneItemSchema).default([]),
    })
    .default({ sample: false, items: [] }),
  /** shared facts this ward has confirmed for its own residents (console "đã xác nhận") */
  confirmed_facts: z.array(confirmedFactSchema).max(5000).optional(),
});

export type WardProfile = z.infer<typeof wardProfileSchema>;

export const wardDefinitionSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/, "slug: lowercase letters, digits and dashes"),
  name: z.string().min(1),
  oa_id: z.string().min(1).optional(),
  app_id: z.string().min(1).optional(),
  profile: wardProfileSchema,
});

export type WardDefinition = z.infer<typeof wardDefinitionSchema>;

/** The ward as services use it. */
export type Ward = {
  id: number;
  slug: string;
  name: string;
  oaId: string | null;
  appId: string | null;
  profile: WardProfile;
  /** the city's holidays and make-up working days (WardService attaches them when it loads the ward) */
  calendar?: DayExceptions;
};
