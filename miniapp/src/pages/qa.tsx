import { useCallback, useEffect, useRef, useState } from "react";
import { Page } from "zmp-ui";
import type { ChatMessageView, ChatView } from "../../../server/miniapp/chat-contract";
import { chatQuestionSchema, fieldErrors } from "../../../server/feedback/report-contract";
import { FieldError } from "../components/field-error";
import { WithPhoneLinks } from "../components/phone";
import { api, ApiError, formatTime } from "../lib/api";

type QaCategory = { id: string; label: string; entries: Array<{ id: string; title: string }> };

/** While a question waits for a person, the page looks for the reply this often. */
const POLL_MS = 15_000;

/**
 * Hỏi đáp: a conversation with the same engine as the Zalo chat. Answers come with numbered
 * choices and "Chưa đúng — hỏi cán bộ"; a question passed to staff is shown with its state, and
 * the reply appears here when staff answer from the console.
 */
export function QaPage() {
  const [chat, setChat] = useState<ChatView>();
  const [text, setText] = useState("");
  const [inputError, setInputError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [categories, setCategories] = useState<QaCategory[]>([]);
  const [open, setOpen] = useState<string>();
  const end = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  const refresh = useCallback(() => api<ChatView>("/chat").then(setChat, (e: Error) => setError(e.message)), []);
  useEffect(() => {
    void refresh();
    api<{ categories: QaCategory[] }>("/qa/categories").then((d) => setCategories(d.categories), () => undefined);
  }, []);

  const waiting = chat?.handoff && chat.handoff.status !== "resolved";
  useEffect(() => {
    if (!waiting) return;
    const t = setInterval(() => void refresh(), POLL_MS);
    const onVisible = () => document.visibilityState === "visible" && void refresh();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(t);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [waiting]);

  // the newest message is shown from its first line (a long answer is read from the top)
  const count = chat?.messages.length ?? 0;
  useEffect(() => {
    if (count) end.current?.previousElementSibling?.scrollIntoView({ block: "start" });
  }, [count]);

  const send = async (question: string) => {
    const parsed = chatQuestionSchema.safeParse({ text: question });
    if (!parsed.success) {
      setInputError(Object.values(fieldErrors(parsed.error))[0]);
      input.current?.focus();
      return;
    }
    setInputError(undefined);
    setError(undefined);
    setBusy(true);
    try {
      setChat(await api<ChatView>("/chat", { json: parsed.data }));
      setText("");
    } catch (e) {
      setError(e instanceof ApiError && e.isNetwork ? "Mất kết nối, câu hỏi chưa được gửi. Câu hỏi vẫn nằm trong ô bên dưới — khi có mạng, ông/bà bấm “Gửi câu hỏi”." : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const askStaff = async () => {
    setError(undefined);
    setBusy(true);
    try {
      setChat(await api<ChatView>("/chat/handoff", { json: {} }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const lastBot = [...(chat?.messages ?? [])].reverse().find((m) => m.author !== "resident");
  const showPrompt = !chat || chat.messages.length === 0;

  return (
    <Page className="page">
      <h1 className="page-title">Hỏi đáp</h1>
      {showPrompt && (
        <div className="card">
          <p>Ông/bà gõ câu hỏi vào ô dưới, ví dụ: “làm căn cước ở đâu”, “đăng ký tạm trú cho người thuê trọ”. Trợ lý trả lời ngay; nếu chưa đúng, ông/bà bấm “Chưa đúng — hỏi cán bộ”.</p>
        </div>
      )}
      {chat?.handoff && (
        <div className={`card handoff-state ${chat.handoff.status === "resolved" ? "" : "info"}`} role="status" data-testid="handoff-state">
          <strong>
            {chat.handoff.answered
              ? "Cán bộ phường đã trả lời câu hỏi của ông/bà (xem bên dưới)."
              : chat.handoff.status === "resolved"
                ? "Câu hỏi gửi cán bộ đã được giải quyết."
                : "Câu hỏi của ông/bà đang chờ cán bộ phường trả lời."}
          </strong>
          <span className="block muted small">Câu hỏi: {chat.handoff.question}</span>
        </div>
      )}
      <div className="chat" aria-live="polite">
        {chat?.messages.map((m) => (
          <Message key={m.id} m={m} isLast={m === lastBot} busy={busy} onChoice={(q) => void send(q)} onAskStaff={askStaff} handoffOpen={Boolean(waiting)} />
        ))}
        <div ref={end} />
      </div>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      <form
        className="ask-box"
        onSubmit={(e) => {
          e.preventDefault();
          void send(text);
        }}
      >
        <label className="label" htmlFor="question">{waiting ? "Nhắn thêm cho cán bộ" : "Câu hỏi của ông/bà"}</label>
        <textarea
          id="question"
          ref={input}
          name="q"
          rows={2}
          maxLength={1000}
          value={text}
          aria-invalid={Boolean(inputError)}
          onChange={(e) => {
            setText(e.target.value);
            setInputError(undefined);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) {
              e.preventDefault();
              void send(text);
            }
          }}
        />
        <FieldError id="err-question" message={inputError} />
        <button className="btn btn-primary" type="submit" disabled={busy}>{busy ? "Đang gửi…" : "Gửi câu hỏi"}</button>
      </form>

      {categories.length > 0 && (
        <section className="card">
          <h2>Xem theo chủ đề</h2>
          {categories.map((c) => (
            <div key={c.id}>
              <button className="list-head" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? undefined : c.id)}>
                <span>{c.label}</span>
                <span className="muted">{c.entries.length} mục</span>
              </button>
              {open === c.id && c.entries.map((e) => <button key={e.id} className="list-item" onClick={() => void send(e.title)}>{e.title}</button>)}
            </div>
          ))}
        </section>
      )}
    </Page>
  );
}

function Message({ m, isLast, busy, onChoice, onAskStaff, handoffOpen }: { m: ChatMessageView; isLast: boolean; busy: boolean; onChoice: (q: string) => void; onAskStaff: () => void; handoffOpen: boolean }) {
  const who = m.author === "resident" ? "Ông/bà" : m.author === "staff" ? "Cán bộ phường" : "Trợ lý Hỏi Phường";
  return (
    <div className={`msg msg-${m.author}`} data-kind={m.kind}>
      <span className="msg-meta">{who} · {formatTime(m.at)}</span>
      <div className="msg-text pre"><WithPhoneLinks text={m.text} /></div>
      {m.links.map((l) => (
        <a key={l.url} className="btn btn-secondary" href={l.url} target="_blank" rel="noreferrer">{l.label}</a>
      ))}
      {isLast && m.choices.length > 0 && (
        <div className="msg-choices">
          {m.choices.map((c) => (
            <button key={c.n} className="btn btn-secondary choice-btn" disabled={busy} onClick={() => onChoice(String(c.n))}>
              {c.n}. {c.label}
            </button>
          ))}
        </div>
      )}
      {isLast && m.canAskStaff && !handoffOpen && (
        <div className="msg-choices">
          <button className="btn btn-secondary" disabled={busy} onClick={() => onChoice("Hữu ích")}>Hữu ích, cảm ơn</button>
          <button className="btn btn-warn" disabled={busy} onClick={onAskStaff}>Chưa đúng — hỏi cán bộ</button>
        </div>
      )}
    </div>
  );
}
