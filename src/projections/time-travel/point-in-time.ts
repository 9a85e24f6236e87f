import type { ReadModels } from '../runner/read-models';

/** The read models as they stood at one log position, in a temporary database of their own. */
export interface PointInTime {
  /** Inclusive: the last log position folded in. */
  readonly position: string;
  /** Every read of the past goes through this; reading it also marks the point as in use. */
  readonly readModels: ReadModels;
}

/**
 * What an `asOf` query returns carries its point in time, so the fields nested
 * under it read the same past instead of the live read models. It is a plain
 * property GraphQL never exposes, since no @Field declares it.
 */
interface InThePast {
  pointInTime?: PointInTime;
}

export const pointInTimeOf = (parent: object | null | undefined): PointInTime | undefined => (parent as InThePast | null | undefined)?.pointInTime;

/** Marks `value` as read at `point` (or leaves it live when there is none). */
export const inThePast = <T extends object>(value: T, point: PointInTime | undefined): T => (point ? Object.assign(value, { pointInTime: point }) : value);

/** The reader bound to the parent's point in time, or the live one the resolver was given. */
export const readerAt = <R>(parent: object, live: R, bind: (readModels: ReadModels) => R): R => {
  const point = pointInTimeOf(parent);
  return point ? bind(point.readModels) : live;
};

/** A request loader's name per point in time: a request asking for the present and the past never mixes them in one batch. */
export const loaderAt = (name: string, parent: object): string => {
  const point = pointInTimeOf(parent);
  return point ? `${name}@${point.position}` : name;
};
