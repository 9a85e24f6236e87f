import type { Metric } from './route';

/** The figures a metric reads from an activity summary or bucket. */
export interface FigureSource {
  readonly meetingsHeld: number;
  readonly attendanceNamed: number;
  readonly attendanceCounted: number;
  readonly resolutionsAdopted: number;
  readonly resolutionsImplemented: number;
  readonly membersJoined: number;
  readonly membersLeft: number;
  readonly membersNet: number;
}

/** Attendance adds named people and counted heads; groups without a count add nothing (the tile says how many). */
export const metricValue = (figures: FigureSource, metric: Metric): number =>
  metric === 'attendance' ? figures.attendanceNamed + figures.attendanceCounted : figures[metric];
