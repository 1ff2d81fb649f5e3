/** Text folding for matching: case- and diacritics-insensitive ("Ostersund" finds "Östersund"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Every word of the query appears (as a word start) in the text. */
export function matchesWords(haystack: string, query: string): boolean {
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return true;
  const folded = fold(haystack);
  return words.every((w) => folded.includes(w));
}
