/** Who is signed in: the shell's first question (boot.ts asks it before React mounts). */
export interface Me { me: { signedIn: boolean; name: string | null; role: string | null; authMode: 'NONE' | 'LOCAL' | 'OIDC' } }
export const ME_QUERY = 'query Me { me { signedIn name role authMode } }';
