/**
 * The kit's public surface for notebooks: `import * as kit from "../dist/lib"` (tslab compiles only
 * the notebook folder, so notebooks import the compiled library). The pipeline reads top to bottom.
 */
export * from "./data";
export * from "./series";
export * from "./patterns";
export * from "./events";
export * from "./claims";
export * from "./charts";
export * from "./notebook";
