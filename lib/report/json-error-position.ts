/** Where a JSON text stops being valid: 0-based offset, 1-based line and column. */
export interface JsonErrorPosition {
  offset: number;
  line: number;
  column: number;
}

class Stop {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/**
 * The position of the first syntax error in a JSON text, or null when it is valid. Node's
 * JSON.parse names the error but, for an unexpected token, not where it is; a reader fixing
 * a hand-edited notebook needs the line and column.
 *
 * @example
 * jsonErrorPosition('{"a": 1,\n}'); // { offset: 9, line: 2, column: 1 }
 * jsonErrorPosition('{"a": 1}');    // null
 */
export function jsonErrorPosition(text: string): JsonErrorPosition | null {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && " \t\n\r".includes(text[at])) at++;
  };
  const expect = (char: string) => {
    if (text[at] !== char) throw new Stop(at);
    at++;
  };
  const matchSticky = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text) || pattern.lastIndex === at) return false;
    at = pattern.lastIndex;
    return true;
  };
  const string = () => {
    expect('"');
    matchSticky(STRING_BODY);
    expect('"');
  };
  const value = (): void => {
    skipSpace();
    const char = text[at];
    if (char === "{") {
      at++;
      skipSpace();
      if (text[at] === "}") return void at++;
      for (;;) {
        skipSpace();
        string();
        skipSpace();
        expect(":");
        value();
        skipSpace();
        if (text[at] === "}") return void at++;
        expect(",");
      }
    }
    if (char === "[") {
      at++;
      skipSpace();
      if (text[at] === "]") return void at++;
      for (;;) {
        value();
        skipSpace();
        if (text[at] === "]") return void at++;
        expect(",");
      }
    }
    if (char === '"') return string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, at)) return void (at += word.length);
    }
    if (!matchSticky(NUMBER)) throw new Stop(at);
  };
  try {
    value();
    skipSpace();
    if (at < text.length) throw new Stop(at);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset).split("\n");
    return { offset: error.offset, line: before.length, column: before[before.length - 1].length + 1 };
  }
}
