// Who an interviewer is. The add-on does not ask for the email scope (Session.getActiveUser()
// needs userinfo.email, and is blank for many consumer accounts anyway), so an interviewer is
// the name they type, bound to their account when they first submit (server/sealed/name-binding.ts).
// Two names are the same name when their skeletons are equal (name-skeleton.ts): case, spacing,
// fullwidth or mathematical letters and look-alike letters of other scripts make no difference.
import { nameSkeleton } from './name-skeleton';

export function sameName(a: string, b: string): boolean {
  return nameSkeleton(a) === nameSkeleton(b);
}

export const normalizeName = nameSkeleton;

/** Only DevRate writes "DevRate (panel complete)": no interviewer may use a name that looks like DevRate's. */
export function reservedNameProblem(what: string, name: string): string {
  return nameSkeleton(name).startsWith(nameSkeleton('DevRate'))
    ? `${what} "${name}" looks like DevRate's own name, which the sheet uses to record what DevRate did by itself; use your own name`
    : '';
}
