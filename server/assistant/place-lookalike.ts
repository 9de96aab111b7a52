/*
 * Provinces whose folded names are everyday words too: "hai phong" is Hải Phòng and "hai phòng" (two rooms: "có hai
 * phòng trống cho khách thuê"), "hai duong" Hải Dương and "hai đường" (two roads). Folded, the place rules
 * (other-place.ts, resident-elsewhere.ts, office-elsewhere.ts, place-framed-elsewhere.ts) cannot tell them apart, and a
 * homestay owner "ở phố cổ, có hai phòng trống" was handed off as living in Hải Phòng (tuning-s28). Typed with its
 * accents, the everyday spelling is the number and a noun; typed plain, the place is kept (nothing tells it apart).
 */

/** the folded place, its everyday look-alike as typed with accents (a lowercase noun after "hai") */
const lookalikes: Record<string, RegExp> = {
  "hai phong": /(?<!\p{L})[Hh]ai phòng(?!\p{L})/u,
  "hai duong": /(?<!\p{L})[Hh]ai đường(?!\p{L})/u,
};

/** Whether the place found in the folded message (`place`) is the everyday words in the message as typed (`text`). */
export function everydayWords(place: string | undefined, text: string): boolean {
  const lookalike = place ? lookalikes[place] : undefined;
  return !!lookalike && lookalike.test(text);
}
