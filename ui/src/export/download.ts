/** Files from the API (base64) saved by the browser, and files the reader chose, read for the API. */
import { read } from '../editing/writeRequest';

export interface ApiFile { readonly name: string; readonly mediaType: string; readonly contentBase64: string }

export function saveFile(file: ApiFile): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function fetchAndSave(query: string, variables: Record<string, unknown>, field: string): Promise<void> {
  const data = await read<Record<string, ApiFile | ApiFile[]>>(query, variables);
  const answer = data[field];
  for (const file of Array.isArray(answer) ? answer : answer ? [answer] : []) saveFile(file);
}

export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
