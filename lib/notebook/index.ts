export * from "./display";
export * from "./tables";
export * from "./dataframes";
