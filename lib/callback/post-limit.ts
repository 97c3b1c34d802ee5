/**
 * The largest form post the server reads, in bytes. next.config.ts gives it to
 * Next as the server action's bodySizeLimit, proxy.ts refuses anything larger
 * before Next reads it, and the nginx recipe (tests/deploy/nginx.conf) sets
 * client_max_body_size to the same 256k.
 *
 * Every field at its limit in 3-byte characters posts about 7 kB, and with
 * JavaScript React also sends back the previous state, about 15 kB in all.
 * 256 kB is room for a long letter pasted into the message box: such a post is
 * read, and the schema answers "Message must be 1,500 characters or fewer" with
 * everything typed kept. Only a larger post gets the refusal page.
 */
export const FORM_POST_LIMIT_BYTES = 256 * 1024;
