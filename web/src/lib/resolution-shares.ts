/** Which branch of the unit a path belongs to: the unit itself, or the direct child it sits under. */
export const branchOf = (unitPath: string, resolutionPath: string): string | null => {
  if (resolutionPath === unitPath) return unitPath;
  if (!resolutionPath.startsWith(`${unitPath}/`)) return null;
  const child = resolutionPath.slice(unitPath.length + 1).split('/')[0];
  return child ? `${unitPath}/${child}` : null;
};

export interface Share {
  readonly path: string;
  readonly implemented: number;
  readonly total: number;
}

/** Share implemented per branch; rescinded resolutions left the follow-up and count in neither figure. */
export const implementedShares = (unitPath: string, resolutions: ReadonlyArray<{ unitPath: string; status: string; rescinded: boolean }>): Share[] => {
  const shares = new Map<string, { implemented: number; total: number }>();
  for (const resolution of resolutions) {
    const branch = branchOf(unitPath, resolution.unitPath);
    if (branch === null || resolution.rescinded) continue;
    const share = shares.get(branch) ?? { implemented: 0, total: 0 };
    share.total += 1;
    if (resolution.status === 'IMPLEMENTED') share.implemented += 1;
    shares.set(branch, share);
  }
  return [...shares].map(([path, share]) => ({ path, ...share })).sort((a, b) => a.path.localeCompare(b.path));
};
