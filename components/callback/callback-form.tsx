// Placeholder: replaced by the real component.
export function CallbackForm() {
  return null;
}
