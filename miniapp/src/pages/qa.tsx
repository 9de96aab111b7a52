import { useEffect, useState } from "react";
import { Page } from "zmp-ui";
import { api } from "../lib/api";

type QaCategory = { id: string; label: string; entries: Array<{ id: string; title: string }> };
type Entry = { id: string; title: string; text: string; links: Array<{ label: string; url: string }> };

export function QaPage() {
  const [categories, setCategories] = useState<QaCategory[]>([]);
  const [open, setOpen] = useState<string>();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<Array<{ id: string; title: string }> | null>(null);
  const [entry, setEntry] = useState<Entry>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    api<{ categories: QaCategory[] }>("/qa/categories").then((d) => setCategories(d.categories), (e: Error) => setError(e.message));
  }, []);

  const search = async () => {
    setError(undefined);
    setEntry(undefined);
    try {
      setResults((await api<{ results: Array<{ id: string; title: string }> }>(`/qa/search?q=${encodeURIComponent(q)}`)).results);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const show = async (id: string) => {
    try {
      setEntry(await api<Entry>(`/qa/entries/${encodeURIComponent(id)}`));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (entry) {
    return (
      <Page className="page">
        <button className="btn btn-link back" onClick={() => setEntry(undefined)}>← Quay lại</button>
        <h1 className="page-title">{entry.title}</h1>
        <div className="card pre">{entry.text}</div>
        {entry.links.map((l) => (
          <a key={l.url} className="btn btn-secondary" href={l.url} target="_blank" rel="noreferrer">{l.label}</a>
        ))}
      </Page>
    );
  }
  return (
    <Page className="page">
      <h1 className="page-title">Hỏi đáp</h1>
      <form className="search" onSubmit={(e) => { e.preventDefault(); void search(); }}>
        <input name="q" maxLength={200} placeholder="Ví dụ: làm căn cước ở đâu" value={q} onChange={(e) => setQ(e.target.value)} />
        <button className="btn btn-primary" type="submit">Tìm</button>
      </form>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      {results && (
        <section className="card">
          <h2>Kết quả</h2>
          {results.length === 0 && <p className="muted">Chưa tìm thấy nội dung phù hợp. Ông/bà thử từ khóa khác, hoặc nhắn cho phường trong Zalo.</p>}
          {results.map((r) => <button key={r.id} className="list-item" onClick={() => show(r.id)}>{r.title}</button>)}
        </section>
      )}
      {categories.map((c) => (
        <section key={c.id} className="card">
          <button className="list-head" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? undefined : c.id)}>
            <span>{c.label}</span><span className="muted">{c.entries.length} mục</span>
          </button>
          {open === c.id && c.entries.map((e) => <button key={e.id} className="list-item" onClick={() => show(e.id)}>{e.title}</button>)}
        </section>
      ))}
    </Page>
  );
}
