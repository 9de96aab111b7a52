import { useEffect, useRef } from "react";

/**
 * A message next to the control it is about. When it appears it is scrolled into view (the
 * resident is looking at the button they tapped, which may be far below) and announced.
 */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [message]);
  if (!message) return null;
  return (
    <p ref={ref} id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}

/** Why a button cannot act yet, shown under it (a grey button alone says nothing). */
export function DisabledReason({ id, reason }: { id: string; reason?: string }) {
  if (!reason) return null;
  return (
    <p id={id} className="disabled-reason">
      {reason}
    </p>
  );
}
