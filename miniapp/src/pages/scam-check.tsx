import { useState } from "react";
import { Page } from "zmp-ui";
import { api } from "../lib/api";

type Verdict = { verdict: "scam" | "no_signs"; reply: string };

export function ScamCheckPage() {
  const [text, setText] = useState("");
  const [result, setResult] = useState<Verdict>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const check = async () => {
    setError(undefined);
    setResult(undefined);
    setBusy(true);
    try {
      setResult(await api<Verdict>("/scam-check", { json: { text } }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page className="page">
      <h1 className="page-title">Kiểm tra tin nhắn lừa đảo</h1>
      <p>Dán nội dung tin nhắn (SMS, Zalo) hoặc đường link đáng ngờ vào ô dưới đây.</p>
      <textarea name="text" rows={6} maxLength={4000} placeholder="Dán tin nhắn vào đây…" value={text} onChange={(e) => setText(e.target.value)} />
      <button className="btn btn-primary btn-large" disabled={busy} onClick={check}>{busy ? "Đang kiểm tra…" : "Kiểm tra"}</button>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      {result && (
        <div className={`card pre verdict verdict-${result.verdict}`} role="status">{result.reply}</div>
      )}
    </Page>
  );
}
