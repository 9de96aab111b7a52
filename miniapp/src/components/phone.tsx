import { Fragment, type ReactNode } from "react";
import { dialInZalo } from "../lib/zalo";

/** A number the resident taps to call: zmp-sdk's openPhone inside Zalo, a tel: link elsewhere. */
export function PhoneLink({ number, children, className }: { number: string; children?: ReactNode; className?: string }) {
  const digits = number.replace(/[^\d+]/g, "");
  return (
    <a
      className={className ?? "phone-link"}
      href={`tel:${digits}`}
      onClick={(e) => {
        if (dialInZalo(digits)) e.preventDefault();
      }}
    >
      {children ?? number}
    </a>
  );
}

/*
 * Phone numbers inside a text: Vietnamese numbers (0… or +84…, spaces or dots between groups),
 * 1800/1900 lines, and the short emergency and hotline numbers 111, 113, 114, 115, 156, 5656.
 * A number next to a slash, dot or comma (a decree "113/2020", an amount "1.150") is left alone.
 */
const PHONE = /(?<![\d/.,])(?:(?:\+84|0)(?:[ .]?\d){8,10}|1[89]00(?:[ .]?\d){4,6}|11[1345]|156|5656)(?![\d/]|[.,]\d)/g;

export function WithPhoneLinks({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(PHONE)) {
    const at = m.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(<PhoneLink key={at} number={m[0]} />);
    last = at + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts.map((p, i) => <Fragment key={i}>{p}</Fragment>)}</>;
}

/** The emergency numbers and the ward's hotline, each a big button that calls. */
export function EmergencyNumbers({ hotline }: { hotline?: string }) {
  return (
    <section className="card call-card" aria-label="Số điện thoại khẩn cấp">
      <h2>Việc khẩn cấp, bấm để gọi ngay</h2>
      <div className="call-grid">
        <PhoneLink number="113" className="call-btn"><strong>113</strong><span>Công an</span></PhoneLink>
        <PhoneLink number="114" className="call-btn"><strong>114</strong><span>Cứu hỏa, cứu nạn</span></PhoneLink>
        <PhoneLink number="115" className="call-btn"><strong>115</strong><span>Cấp cứu</span></PhoneLink>
        {hotline && (
          <PhoneLink number={hotline} className="call-btn call-hotline"><strong>{hotline}</strong><span>Đường dây nóng của phường</span></PhoneLink>
        )}
      </div>
    </section>
  );
}
