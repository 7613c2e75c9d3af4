export * from "./verdict";
export * from "./registry";
export * from "./claim";
export * from "./claims-table";
export * from "./claim-sheet";
export * from "./closest-reading";
