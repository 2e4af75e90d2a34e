// Small shared components: dialogs on the native <dialog>, toasts, labelled fields, errors, badges.
import { signal } from "@preact/signals";
import type { ComponentChildren, InputHTMLAttributes } from "preact";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { messageFor, type UserErrorLike } from "./errors";

export type { UserErrorLike };

interface Toast { id: number; text: string; kind: "info" | "error"; action?: { label: string; run: () => void } }
export const toasts = signal<Toast[]>([]);
let toastId = 0;

export function toast(text: string, kind: Toast["kind"] = "info", action?: Toast["action"], ms = 5000): void {
  const id = ++toastId;
  // At most three at a time: older news gives way.
  toasts.value = [...toasts.value.slice(-2), { id, text, kind, action }];
  setTimeout(() => { toasts.value = toasts.value.filter((t) => t.id !== id); }, ms);
}

export function Toasts() {
  return (
    <div class="toasts" role="status" aria-live="polite">
      {toasts.value.map((t) => (
        <div key={t.id} class={`toast ${t.kind}`}>
          <span>{t.text}</span>
          {t.action && (
            <button type="button" class="link on-dark" onClick={() => { t.action!.run(); toasts.value = toasts.value.filter((x) => x.id !== t.id); }}>
              {t.action.label}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}

/** A modal on the native <dialog>: focus is trapped, Escape closes, the page behind is inert. */
export function Dialog(props: { title: string; open: boolean; onClose: () => void; children: ComponentChildren; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // close() fires its `close` event a task later; by then the dialog may be wanted open again (Ctrl+K
  // right after a save). Only a close the user made (Escape, the backdrop) reports back through onClose.
  const closedByProps = useRef(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (props.open && !el.open) el.showModal();
    if (!props.open && el.open) {
      closedByProps.current = true;
      el.close();
    }
  }, [props.open]);
  const onCloseEvent = () => {
    if (closedByProps.current) closedByProps.current = false;
    else props.onClose();
  };
  return (
    <dialog ref={ref} class={props.wide ? "wide" : ""} aria-labelledby={titleId} onClose={onCloseEvent}
      onClick={(e) => { if (e.target === ref.current) props.onClose(); }}>
      {props.open && (
        <div class="dialog-body">
          <header class="dialog-head">
            <h2 id={titleId}>{props.title}</h2>
            <button type="button" class="icon" aria-label="Close" onClick={props.onClose}>×</button>
          </header>
          {props.children}
        </div>
      )}
    </dialog>
  );
}

type InputProps = InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string | null; hint?: string; type?: string };

export function Field({ label, error, hint, ...input }: InputProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-e` : hint ? `${id}-h` : undefined} {...input} />
      {hint && !error && <small id={`${id}-h`} class="muted">{hint}</small>}
      {error && <p id={`${id}-e`} class="error" role="alert">{error}</p>}
    </div>
  );
}

/** Errors no field claims, under a form. */
/** A form's errors: what its last submit was told. Once the user edits the form they no longer describe it,
 * so they go (`onInput` on the form) instead of sitting beside values that are now fine. */
export function useFormErrors() {
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const dropErrors = () => { if (errors.length) setErrors([]); };
  return [errors, setErrors, dropErrors] as const;
}

export function FormErrors({ errors, fields = [] }: { errors: UserErrorLike[] | null | undefined; fields?: string[] }) {
  const rest = (errors ?? []).filter((e) => !e.field || !fields.includes(e.field));
  if (!rest.length) return null;
  return <div class="error" role="alert">{rest.map((e) => <p key={e.code + e.field}>{messageFor(e.code, e.message, e.field)}</p>)}</div>;
}

export function fieldError(errors: UserErrorLike[] | null | undefined, field: string): string | null {
  const e = errors?.find((x) => x.field === field);
  return e ? messageFor(e.code, e.message, e.field) : null;
}

export function Badge({ tone = "neutral", children }: { tone?: "neutral" | "ok" | "warn" | "bad" | "info"; children: ComponentChildren }) {
  return <span class={`badge ${tone}`}>{children}</span>;
}

export function Loading({ label = "Loading" }: { label?: string }) {
  return <p class="muted loading" aria-busy="true">{label}…</p>;
}

export function ErrorNote({ text }: { text: string | null }) {
  return text ? <p class="error" role="alert">{text}</p> : null;
}

/** Copies text and says so visibly; returns whether the clipboard took it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
