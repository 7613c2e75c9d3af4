export * from "./pivots";
export * from "./inverse-head-and-shoulders";
export * from "./pattern-rows";
