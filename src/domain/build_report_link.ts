/** What a report about a place is filled with. */
export interface ReportSubject {
  id: string;
  nom: string;
  /** the place's source URL ('' when none) */
  source: string;
}

const PLACEHOLDERS = ['id', 'nom', 'source'] as const;

/**
 * The "report an error" link of a place, from the deployment's template (`reportUrlTemplate` in
 * config.json): a `mailto:` address or an `https:`/`http:` page (an issue tracker's "new issue" URL) where
 * `{id}`, `{nom}` and `{source}` are replaced by the place's values, percent-encoded. Null when there is no
 * template or it is not one of these schemes (the link is then not shown).
 *
 * @example
 * buildReportLink('mailto:carte@example.org?subject=Erreur%20{id}&body={nom}', { id: 'msp-douai', nom: 'MSP de Douai', source: '' });
 * // 'mailto:carte@example.org?subject=Erreur%20msp-douai&body=MSP%20de%20Douai'
 */
export function buildReportLink(template: string | null, subject: ReportSubject): string | null {
  if (!template || !/^(mailto:|https?:\/\/)/i.test(template)) return null;
  let url = template;
  for (const key of PLACEHOLDERS) url = url.split(`{${key}}`).join(encodeURIComponent(subject[key]));
  return url;
}
