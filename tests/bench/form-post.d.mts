/** Types for form-post.mjs, so TypeScript tests can import it. */

export type FormControl = {
  tag: "input" | "select" | "textarea";
  name: string;
  type: string;
  value: string | undefined;
  checked?: boolean;
  options?: string[];
  required: boolean;
  disabled: boolean;
};

export type ParsedForm = {
  pageUrl: string;
  action: string;
  method: string;
  enctype: string;
  controls: FormControl[];
  isServerAction: boolean;
  cookie: string | undefined;
};

export type FormValues = Record<string, string | boolean>;

export type PostResult = { status: number; location: string | undefined; html: string; ms: number };

export function isActionField(name: string): boolean;
export function parseForms(html: string, pageUrl: string): ParsedForm[];
export function loadForm(
  pageUrl: string,
  options?: { match?: (form: ParsedForm) => boolean },
): Promise<ParsedForm | undefined>;
export function fieldNames(form: ParsedForm): string[];
export function choicesFor(form: ParsedForm, name: string): string[] | undefined;
export function fillForm(form: ParsedForm, values: FormValues): Array<[string, string]>;
export function postForm(
  form: ParsedForm,
  entries: Array<[string, string]>,
  options?: { headers?: Record<string, string> },
): Promise<PostResult>;
export function postFormWithJavaScript(
  form: ParsedForm,
  entries: Array<[string, string]>,
): Promise<{ status: number; result: string | undefined; payload: string; ms: number }>;
export function invalidFields(html: string): string[];
