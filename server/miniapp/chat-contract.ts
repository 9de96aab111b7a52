/**
 * The mini app's "Hỏi đáp" conversation as the API returns it (GET/POST /api/miniapp/chat…).
 * Shared with the app by `import type`; the input schemas are in feedback/report-contract.ts.
 */

/** A numbered choice under a message: tapping it (or typing its number) asks `query`. */
export type ChatChoice = { n: number; label: string; query: string };

export type ChatMessageView = {
  id: number;
  author: "resident" | "bot" | "staff";
  /** question | answer | clarify | handoff | smalltalk | scam_warning | staff_reply | note */
  kind: string;
  text: string;
  at: number;
  choices: ChatChoice[];
  links: Array<{ label: string; url: string }>;
  /** under an answer: "Chưa đúng — hỏi cán bộ" is offered */
  canAskStaff: boolean;
};

/** The resident's latest question passed to a person, while it matters to them. */
export type ChatHandoffView = {
  id: number;
  status: "open" | "claimed" | "resolved";
  question: string;
  createdAt: number;
  /** staff replied at least once */
  answered: boolean;
};

export type ChatView = { messages: ChatMessageView[]; handoff: ChatHandoffView | null };
