import type { UnitHeader } from '../api/types';
import type { AsOf } from '../lib/as-of';
import type { Lang } from '../lib/locale';
import type { ComparisonMode, Period } from '../lib/periods';
import type { Route } from '../lib/route';

/** What every view is about: resolved from the URL by the shell. */
export interface Scope {
  readonly lang: Lang;
  readonly route: Route;
  readonly unit: UnitHeader;
  readonly period: Period;
  readonly compare: ComparisonMode;
  readonly comparison: Period | null;
  /** Set while the dashboard shows the past; views then read through `orgUnit(id, asOf:)`. */
  readonly asOf: AsOf | null;
  /** The `asOf` variable for a document read as of then, or nothing. */
  readonly asOfVariables: { readonly asOf?: { readonly recordedAt: string } };
}
