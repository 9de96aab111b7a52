import type { Ward, WardProfile } from "../../server/wards/ward-profile";

/** A ward as the assistant sees it, with every profile field set to recognisable test text. */
export function wardFixture(overrides: { id?: number; slug?: string; name?: string; hotline?: string; profile?: Partial<WardProfile> } = {}): Ward {
  const slug = overrides.slug ?? "phuong-thu";
  return {
    id: overrides.id ?? 1,
    slug,
    name: overrides.name ?? "Phường Thử",
    oaId: null,
    appId: null,
    profile: {
      address: `Trụ sở ${slug}`,
      office_hours: "Thứ Hai đến Thứ Sáu, 8h00–17h00",
      hotline: overrides.hotline ?? `Đường dây nóng ${slug}`,
      reception_schedule: `Lịch tiếp công dân ${slug}`,
      police: `Công an ${slug}`,
      digital_team: `Tổ công nghệ số ${slug}`,
      timezone: "Asia/Ho_Chi_Minh",
      working_hours: { days: [1, 2, 3, 4, 5], periods: [["08:00", "12:00"], ["13:30", "17:00"]] },
      green_lane: { sample: false, items: [] },
      ...overrides.profile,
    },
  };
}
