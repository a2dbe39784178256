/** Where a timeline item's lead or client is, and its name: the client once the lead is one. */
export function subjectLink(lead: { id: string; companyName: string } | null | undefined, client: { id: string; shortName: string } | null | undefined): { to: string; name: string } | null {
  if (client) return { to: `/clients/${client.id}`, name: client.shortName };
  if (lead) return { to: `/leads/${lead.id}`, name: lead.companyName };
  return null;
}
