/**
 * `npx tsx bench/scam-cv-once.ts`: the held-out-by-source cross-validation inside the training split
 * (bench/scam-cv.ts) at the shipped settings only, variant 0: how a rule change moves the hybrid
 * check's held-out figures (the validation split is never read).
 */
import { crossValidate, SHIPPED_SETTING, trainingRows } from "./scam-cv";
import { trainingExamples } from "../server/assistant/scam/train";

const training = trainingRows();
const f = crossValidate(training, trainingExamples(training, true, SHIPPED_SETTING.ngramSizes), SHIPPED_SETTING);
console.log(
  `held-out recall ${f.recall.toFixed(2)} FA ${f.falseAlarm.toFixed(2)} | real recall ${f.realRecall.toFixed(2)} real FA ${f.realFalseAlarm.toFixed(2)} | questions warned ${f.questionsWarned}/${f.questions} | ${f.perFold.join("; ")}`,
);
