/**
 * Escapes text for HTML content and for quoted attribute values alike: every string from a dataset
 * passes through here, so a party named `<script>` or `" onload="` stays text.
 * @internal
 */
export function esc(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const rep =
      c === 38
        ? '&amp;'
        : c === 60
          ? '&lt;'
          : c === 62
            ? '&gt;'
            : c === 34
              ? '&quot;'
              : c === 39
                ? '&#39;'
                : '';
    if (rep === '') continue;
    out += text.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
