/*
 * More things an English message asks that no entry covers (session 16, read with english-uncovered.ts, same shape): a
 * pet adopted, kept or registered ("Can I adopt a dog from a shelter?", "Do I need to register my cat?"). "adopt" found
 * the adoption of a child, a confident wrong answer.
 */
export const moreEnglishUncovered: Array<{ pattern: RegExp; covered?: RegExp; unless?: RegExp }> = [
  {
    pattern: /\b(?:adopt\w*|register\w*|keep(?:ing)?|rais(?:e|ing)|licen[cs]\w*)\b(?:\W+\w+){0,3}\W+(?:dogs?|cats?|puppy|puppies|kittens?|pets?)\b|\b(?:dog|cat|pet) (?:adoption|registration|licen[cs]e)\b/,
  },
];
