import type { OrgUnitEstablished } from './org-units.events';

/**
 * OrgUnitEstablished as schema version 1 wrote it, frozen: stored events keep this
 * shape forever and are lifted to today's when read. Self-contained on purpose, so
 * a later change to today's types cannot silently change what v1 meant.
 */
type TextV1 = Readonly<Partial<Record<'ar' | 'fr' | 'en', string>>>;

export interface TerritoryV1 {
  readonly country: string;
  readonly region?: string;
  readonly province?: string;
  readonly commune?: string;
}

export interface OrgUnitEstablishedV1Data {
  readonly unitId: string;
  readonly parentId: string | null;
  readonly path: string;
  readonly level: 'NATIONAL' | 'REGIONAL' | 'PROVINCIAL' | 'LOCAL';
  readonly kind: 'PARTY' | 'SECRETARIAT' | 'BRANCH' | 'COUNCIL' | 'PARALLEL_ORGANIZATION';
  readonly parallel: boolean;
  readonly name: TextV1;
  readonly shortName: TextV1 | null;
  readonly territory: TerritoryV1 | null;
  readonly establishedOn: string;
}

/** v1 → v2: a territory gains its official code, unknown for everything recorded before codes existed. */
export const orgUnitEstablishedV1ToV2 = (data: OrgUnitEstablishedV1Data): OrgUnitEstablished['data'] => ({
  ...data,
  territory: data.territory === null ? null : { ...data.territory, code: null },
});
