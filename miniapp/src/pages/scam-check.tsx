import { useEffect, useRef, useState } from "react";
import { Page } from "zmp-ui";
import { fieldErrors, scamCheckSchema } from "../../../server/feedback/report-contract";
import { FieldError } from "../components/field-error";
import { WithPhoneLinks } from "../components/phone";
import { api } from "../lib/api";

type Verdict = { verdict: "scam" | "victim" | "no_signs"; reply: string };

export function ScamCheckPage() {
  const [text, setText] = useState("");
  const [result, setResult] = useState<Verdict>();
  const [inputError, setInputError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // the verdict (or the error) appears below the button: bring it into view, from its first line
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result || error) outcome.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [result, error]);
  const check = async () => {
    setError(undefined);
    setResult(undefined);
    const parsed = scamCheckSchema.safeParse({ text });
    if (!parsed.success) return setInputError(Object.values(fieldErrors(parsed.error))[0]);
    setInputError(undefined);
    setBusy(true);
    try {
      setResult(await api<Verdict>("/scam-check", { json: parsed.data }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page className="page">
      <h1 className="page-title">Kiểm tra tin nhắn lừa đảo</h1>
      <label className="label" htmlFor="scam-text">Dán nội dung tin nhắn (SMS, Zalo) hoặc đường link đáng ngờ vào ô dưới đây.</label>
      <textarea id="scam-text" name="text" rows={6} maxLength={4000} value={text} onChange={(e) => { setText(e.target.value); setInputError(undefined); }} />
      <FieldError id="err-scam" message={inputError} />
      <button className="btn btn-primary btn-large" disabled={busy} onClick={check}>{busy ? "Đang kiểm tra…" : "Kiểm tra"}</button>
      <div ref={outcome}>
        {error && <div className="alert alert-error" role="alert">{error}</div>}
        {result && (
          <div className={`card pre verdict verdict-${result.verdict}`} role="status"><WithPhoneLinks text={result.reply} /></div>
        )}
      </div>
    </Page>
  );
}
