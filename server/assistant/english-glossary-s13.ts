/*
 * English glossary phrases from session 13's English and mixed Viet-English misses (english.ts
 * reads them in its glossary, each list at its place: within a group only the first phrase that
 * matches counts). Written from the classes, not from single lines.
 */
export type GlossaryRow = { pattern: RegExp; words: string; descriptor?: true; group?: string; needs?: RegExp };

/**
 * The writer is a Vietnamese citizen (a returnee, "Viet kieu", "Vietnamese-American", one who
 * holds a Vietnamese ID card) staying or renting here: a citizen's temporary residence, not the
 * foreigners' declaration ("I'm a Vietnamese-American with a Vietnamese ID card, renting…").
 * Before the stay group's other phrases; never when the writer says they are a foreigner.
 */
export const citizenStay: GlossaryRow[] = [
  {
    pattern:
      /^(?![^]*\b(?:foreigners?|i(?:'m| am|m) (?:a |an )?(?:foreign|expat)\w*)\b)[^]*(?:\bviet ?kieu\b|\boverseas vietnamese\b|\bi(?:'m| am|m)\b[^.?!,]{0,12}\bvietnamese(?:[- ](?:americans?|australians?|canadians?|french|germans?|british|born))?(?: (?:citizens?|nationals?))?\b(?! (?:wife|husband|partner|girlfriend|boyfriend|friends?|spouse))|\b(?:with|have|hold|holding|got) (?:a |an |my )?vietnamese (?:id(?: card)?|citizen id|passport|citizenship|can cuoc|cccd)\b)/,
    words: "dang ky tam tru thue tro o nho",
    group: "stay",
    needs: /\b(?:temporary residen\w*|tam tru|stay\w*|rent\w*|register\w*|moving|moved)\b/,
  },
];

/** A certified copy of a paper (a contract, a lease, a will among them): copies, not the contract's own certification. */
export const copyOfAPaper: GlossaryRow[] = [
  { pattern: /\bcertified cop(?:y|ies) of\b|\bcop(?:y|ies) of (?:my|our|his|her|the|a|an|this)\b[^.?!]{0,40}\b(?:certif|notar)\w*/, words: "chung thuc ban sao", group: "certify" },
];

/** The ID card named in Vietnamese inside English ("the new can cuoc card", "my CMND expired"). */
export const idCardInVietnamese: GlossaryRow[] = [{ pattern: /\bcan cuoc\b|\bcccd\b|\bcmnd\b|\bcmt\b|\bchip(?:-based)? id\b/, words: "can cuoc", group: "id" }];

/**
 * Things a resident asks where to do that are not done at the ward: a vaccination, a vehicle's
 * registration or plates, the unemployment benefit, a school place (the "not done at the ward"
 * entry says where). A visa or an international school: english-uncovered.ts and the visa phrase.
 */
export const notAtTheWard: GlossaryRow[] = [
  {
    pattern:
      /\bvaccin\w*|\bimmuni[sz]\w*|\bjabs?\b|\b(?:regist\w*|licen[cs]e plates?|number plates?|plates?)\b[^.?!]{0,30}\b(?:motorbikes?|motorcycles?|scooters?|cars?|vehicles?|bikes?)\b|\b(?:motorbikes?|motorcycles?|scooters?|cars?|vehicles?)\b[^.?!]{0,15}\b(?:registration|plates?)\b|\bunemployment (?:benefits?|insurance|allowance)\b|\b(?:enrol\w*|admission\w*|register\w*)\b[^.?!]{0,30}\b(?:primary |secondary |public |local )?(?:schools?|kindergartens?|preschools?)\b/,
    words: "nhung viec khong lam o phuong tiem chung dang ky xe tro cap that nghiep tuyen sinh",
  },
];

/** Noise and nuisance told in plain words ("drilling at 6am, very loud", "karaoke every night"): a report to the ward. */
export const nuisance: GlossaryRow[] = [
  { pattern: /\b(?:very |so |too |extremely )?(?:loud|noisy)\b|\bnoise\b|\bdrilling\b|\bkaraoke\b|\bbarking\b|\bburning (?:rubbish|garbage|trash)\b/, words: "gui phan anh kien nghi voi phuong", group: "report" },
];
