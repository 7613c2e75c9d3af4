import type { ShowTableOptions } from "../../notebook/tables";

/**
 * A table ready for the notebook: its rows and how to show them, spread into showTable.
 *
 * @example
 * const table: Table = [[{ day: "2024-06-28", volume: 1.99 }], { caption: "Reconstitution days" }];
 * showTable(...table);
 */
export type Table = [rows: object[], options: ShowTableOptions];
