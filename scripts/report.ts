/**
 * Validation report: every input row is counted as kept, merged (into another kept row), filtered (out of scope,
 * with a reason) or rejected (with a reason and its source line). Rejections are errors unless listed in
 * ACCEPTED_ISSUES with a justification. The report is deterministic (no timestamps) and written to data/build-report.json.
 */

export type Severity = 'error' | 'warning';

export interface Issue {
  source: string;
  /** 1-based line (CSV/FINESS) or feature index + 1 (GeoJSON), or null for whole-source issues. */
  line: number | null;
  key: string | null;
  reason: string;
  severity: Severity;
  accepted: string | null;
}

export interface SourceCounts {
  read: number;
  kept: number;
  merged: number;
  filtered: number;
  rejected: number;
  filtered_reasons: Record<string, number>;
}

/** Issues accepted on purpose: [source, key, reason prefix, justification]. */
export const ACCEPTED_ISSUES: readonly { source: string; key: string; reason: string; why: string }[] = [];

export class Report {
  readonly sources: Record<string, SourceCounts> = {};
  readonly issues: Issue[] = [];
  readonly notes: string[] = [];
  readonly outputs: Record<string, unknown> = {};

  constructor(private readonly accepted = ACCEPTED_ISSUES) {}

  private src(source: string): SourceCounts {
    let s = this.sources[source];
    if (!s) {
      s = { read: 0, kept: 0, merged: 0, filtered: 0, rejected: 0, filtered_reasons: {} };
      this.sources[source] = s;
    }
    return s;
  }

  read(source: string, n = 1): void {
    this.src(source).read += n;
  }
  kept(source: string, n = 1): void {
    this.src(source).kept += n;
  }
  merged(source: string, n = 1): void {
    this.src(source).merged += n;
  }
  filtered(source: string, reason: string, n = 1): void {
    const s = this.src(source);
    s.filtered += n;
    s.filtered_reasons[reason] = (s.filtered_reasons[reason] ?? 0) + n;
  }
  /**
   * A row left out because it is invalid. An error by default (the build stops unless it is accepted); a
   * warning for downloaded register rows, so that one bad entry does not block the others.
   */
  reject(
    source: string,
    line: number | null,
    key: string | null,
    reason: string,
    severity: Severity = 'error',
  ): void {
    this.src(source).rejected += 1;
    this.issue(source, line, key, reason, severity);
  }
  warn(source: string, line: number | null, key: string | null, reason: string): void {
    this.issue(source, line, key, reason, 'warning');
  }
  error(source: string, line: number | null, key: string | null, reason: string): void {
    this.issue(source, line, key, reason, 'error');
  }
  note(text: string): void {
    this.notes.push(text);
  }

  private issue(
    source: string,
    line: number | null,
    key: string | null,
    reason: string,
    severity: Severity,
  ): void {
    const acc = this.accepted.find(
      (a) => a.source === source && a.key === key && reason.startsWith(a.reason),
    );
    this.issues.push({ source, line, key, reason, severity, accepted: acc ? acc.why : null });
  }

  /** Sources whose counts do not balance (read = kept + merged + filtered + rejected). */
  unbalanced(): string[] {
    return Object.entries(this.sources)
      .filter(([, s]) => s.read !== s.kept + s.merged + s.filtered + s.rejected)
      .map(
        ([k, s]) =>
          `${k}: read ${s.read} ≠ kept ${s.kept} + merged ${s.merged} + filtered ${s.filtered} + rejected ${s.rejected}`,
      );
  }

  unacceptedErrors(): Issue[] {
    return this.issues.filter((i) => i.severity === 'error' && i.accepted === null);
  }

  toJSON(): object {
    return {
      sources: sortKeys(this.sources),
      issues: [...this.issues].sort(
        (a, b) =>
          a.source.localeCompare(b.source) ||
          (a.line ?? 0) - (b.line ?? 0) ||
          a.reason.localeCompare(b.reason),
      ),
      notes: this.notes,
      outputs: this.outputs,
      balanced: this.unbalanced().length === 0,
      unaccepted_errors: this.unacceptedErrors().length,
    };
  }

  summary(): string {
    const lines = [`${'source'.padEnd(34)}read   kept merged filtered rejected`];
    for (const [k, s] of Object.entries(sortKeys(this.sources))) {
      lines.push(
        k.padEnd(34) +
          [s.read, s.kept, s.merged, s.filtered, s.rejected]
            .map((n, i) => String(n).padStart(i === 0 ? 4 : i === 3 ? 9 : 7))
            .join(''),
      );
    }
    const errs = this.issues.filter((i) => i.severity === 'error');
    const warns = this.issues.filter((i) => i.severity === 'warning');
    lines.push(
      `${errs.length} error(s) (${this.unacceptedErrors().length} not accepted), ${warns.length} warning(s)`,
    );
    for (const i of [...errs, ...warns]) {
      lines.push(
        `  [${i.severity}${i.accepted ? ', accepted' : ''}] ${i.source}${i.line ? `:${i.line}` : ''} ${i.key ?? ''} — ${i.reason}`,
      );
    }
    return lines.join('\n');
  }
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
