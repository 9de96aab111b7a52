import { moreEnglishUncovered } from "./english-uncovered-s16";
import { englishUncoveredS18 } from "./english-uncovered-s18";
import type { KnowledgeEntry } from "../knowledge/knowledge-schema";

/*
 * Things a foreign resident asks in English that no entry covers (session 13, out of coverage): a SIM card or anything to
 * buy, a bank account, the electricity or water company's bill or cut, a work permit, a visa or residence card renewed, an
 * intercountry adoption, an international school; a residence card applied for, a dispute with a landlord over rent or deposit. Asked after an entry, the English turn took "where can I buy a SIM
 * card?" as a part of the previous procedure (certified copies) and answered it; asked alone, a look-alike word
 * answered ("electricity bill … complain" → sending a report, "renew my residence card" → the foreigners' stay
 * declaration). The honest reply is the handoff. `covered`: an entry whose English summary says this does answer
 * (where visas and residence cards are done: the immigration office).
 */
interface Thing { pattern: RegExp; covered?: RegExp; unless?: RegExp }

/**
 * a scam told or asked about: the scam check and the scam entries answer ("a text says my power will be cut"); a call the
 * resident means to make is none ("my electricity was cut off, who do I call?", "which number should I call")
 */
const scamTalk = /\b(?:scam|scammer|fraud|fake|text(?:ed)?|sms|messages?|called me|calls? (?:me|from|saying|claiming)|calling (?:me|from)|caller|(?:a|the|phone|strange|missed) calls?|link|threat(?:en|ened)?|lock(?:ed)?|blocked|otp|code)\b/;

const things: Thing[] = [
  // where to buy something (not a paper needed to buy a flat, "I need a certificate … to buy an apartment", nor health
  // insurance bought, an entry's), a SIM card, a phone plan
  { pattern: /\bwhere (?:can|could|do|should|to) (?:i |we )?(?:buy|purchase)\b|\bsim(?: card)?s?\b|\btop(?: |-)?up\b|\bphone (?:plan|card)\b|\bmobile (?:plan|data)\b/, unless: scamTalk },
  // a bank account of one's own
  { pattern: /\b(?:open|opening|set up) (?:a |an |my )?(?:bank )?account at (?:a |the )?bank\b|\b(?:open|opening) (?:a |an )?bank account\b/ },
  // the utility's bill or cut
  {
    pattern: /\b(?:electricity|power|water|gas|internet) (?:bills?|cuts?|outages?|supply|meters?|company|provider|prices?)\b|\b(?:power|electricity|water|internet) (?:is|was|has been|went|goes) (?:out|off|down|cut)\b|\bno (?:electricity|power|running water|water|internet)\b|\bblackouts?\b/,
    unless: scamTalk,
  },
  // a work permit; a visa or residence card renewed or extended (the immigration office's)
  { pattern: /\bwork permits?\b|\blabou?r permits?\b/ },
  { pattern: /\b(?:renew|renewing|renewal|extend|extending|extension)\b(?:\W+\w+){0,4}\W+(?:visas?|trc|residence cards?)\b|\b(?:visa|trc|residence card) (?:renewal|extension)\b/, covered: /immigration office/ },
  // an adoption from or to abroad (the Ministry of Justice's), an international school
  { pattern: /\b(?:intercountry|inter-country|international|foreign|overseas|cross-border) adoptions?\b|\badopt(?:ing)? (?:a child |a baby )?(?:from|abroad|overseas)\b/ },
  { pattern: /\binternational schools?\b/ },
  // (session 14) a company set up, by a foreign investor too (the city's business registration and investment offices; the
  // household business the ward registers is its entry's), and a visa's type changed (the immigration office's); session 20:
  // up to three words before the kind ("a limited liability company", "a joint-stock company", "a small software firm")
  { pattern: /\b(?:register|registering|registration of|set(?:ting)? up|open(?:ing)?|start(?:ing)?|establish(?:ing)?|found(?:ing)?|incorporat(?:e|ing)) (?:a |an |my |our )?(?:(?:new|foreign(?:-owned)?|private|limited|liability|joint[- ]stock|one[- ]member|small|trading|tech|software) ){0,3}(?:company|companies|enterprise|firm|llc|corporation|startup)\b|\bforeign invest(?:or|ors|ment)\b|\binvestment (?:certificate|licen[cs]e|registration)\b/, unless: /\bhousehold business\b/ },
  { pattern: /\b(?:change|changing|switch|switching|convert|converting)\b(?:\W+\w+){0,3}\W+visas?\b|\bvisa (?:type|category|status)\b/, covered: /immigration office/ },
  // (session 15) a residence card applied for (the immigration office's, not the stay declaration a host makes), and a
  // dispute with a landlord over the rent or the deposit (a private contract's)
  { pattern: /\b(?:apply|applying|application|get|getting|obtain|obtaining|issue|issued|issuing)\b(?:\W+\w+){0,3}\W+(?:temporary )?(?:residence card|residence permit|trc)s?\b/, covered: /immigration office/ },
  { pattern: /\b(?:landlord|landlady|owner)\b(?:\W+\w+){0,6}\W+(?:raise|raising|raised|increase|increasing|increased|double|doubled|keep|keeping|kept|return|returning|refund|refunding|withhold|withholding)\b(?:\W+\w+){0,3}\W+(?:the |my |our )?(?:rent|deposit)\b|\b(?:rent|deposit)\b(?:\W+\w+){0,3}\W+(?:back|returned|refunded|raised|increased|doubled)\b/ },
  // (session 16) a pet adopted, kept or registered (english-uncovered-s16.ts)
  ...moreEnglishUncovered,
  // (session 18) a translation asked for, wages unpaid, a paper legalised (english-uncovered-s18.ts)
  ...englishUncoveredS18,
];

/** "… for a ", "… for my ": the thing after it is what a paper is needed for, not what is asked (session 15 English); not "apply for a …", "pay for …", "the office for …" */
const forWhat = /(?<!\b(?:apply|applying|applied|ask|asking|asked|look|looking|pay|paying|wait|waiting|file|filing|go|went|do|done|help|responsible|office|offices)\s)\bfor (?:a |an |my |our |his |her |the |their )?(?:new )?$/;

/** The uncovered thing an English message asks about (its words), unless `entry`'s English summary covers it. */
export function englishUncoveredThing(text: string, entry?: KnowledgeEntry): string | undefined {
  const lower = text.toLowerCase();
  for (const t of things) {
    const found = t.pattern.exec(lower);
    if (!found || t.unless?.test(lower)) continue;
    // named only as what a paper is for ("certified copies … for a work permit application"): the paper is asked
    if (entry && forWhat.test(lower.slice(Math.max(0, found.index - 20), found.index))) continue;
    if (t.covered && entry?.summary_en && t.covered.test(entry.summary_en)) continue;
    return found[0];
  }
  return undefined;
}
