export * from "./verdict";
export * from "./registry";
export * from "./claim";
export * from "./claims-table";
