/**
 * A printed sheet must agree exactly with the data: never show a cached copy, not even for a moment,
 * so a preview opened again always waits for a fresh answer from the core.
 */
export const freshForPrint = { gcTime: 0, staleTime: 0 } as const;
