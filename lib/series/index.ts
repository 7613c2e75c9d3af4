export * from "./daily-series";
