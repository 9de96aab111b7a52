/*
 * Words of residents of the former rural communes merged into wards (session 17, issue 10): farmland named as they
 * name it, read as the entries name it (lexicon.ts synonyms, applied to entries and queries alike). Unread, "ruộng"
 * and "mảnh vườn" were content words no land entry has, and a boundary quarrel over a paddy ("tranh chấp bờ ruộng")
 * or a garden plot to divide ("chia mảnh vườn cho con") fell under the coverage line into a handoff.
 * - a field or its plot ("thửa/mảnh/đám ruộng", "đất ruộng", "ruộng đất", "đất lúa", "đất canh tác", "đất màu") is
 *   agricultural land ("đất nông nghiệp", the entries' word);
 * - the bank between two fields ("bờ ruộng", "bờ thửa") is the land boundary ("ranh giới đất");
 * - a garden plot ("mảnh vườn", "đất vườn nhà") is garden land ("đất vườn").
 * Only phrases: "ruộng" alone ("cả đời làm ruộng", farming) keeps its own meaning.
 */
const FIELD = ["thua ruong", "manh ruong", "dam ruong", "sao ruong", "dat ruong", "ruong dat", "ruong vuon", "dat lua", "dat trong lua", "dat canh tac", "dat mau"];

export const ruralWords: Array<[string, string]> = [
  ...FIELD.map((p): [string, string] => [p, "dat nong nghiep"]),
  ["bo ruong", "ranh gioi dat"],
  ["bo thua", "ranh gioi dat"],
  ["manh vuon", "dat vuon"],
];
