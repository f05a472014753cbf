// Who an interviewer is. The add-on does not ask for the email scope (Session.getActiveUser()
// needs userinfo.email, and is blank for many consumer accounts anyway), so an interviewer is
// the name they type. Names match ignoring case and spacing, as people retype them.
export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
