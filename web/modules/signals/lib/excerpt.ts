/** The start of a signal's text for a heading or a card: whole words, one line. */
export function excerpt(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  // The last space at or before the room left for "…": the word before it fits whole.
  const atWord = oneLine.lastIndexOf(' ', max - 1);
  return `${oneLine.slice(0, atWord > max / 2 ? atWord : max - 1).trimEnd()}…`;
}
