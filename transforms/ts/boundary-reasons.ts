// Why renaming a TS/TSX word in one file would break other files: the reasons both occurrence readers give
// (transforms/ts/word-occurrences.ts over tree-sitter, transforms/ts/word-occurrences-morph.ts over ts-morph).
export const BOUNDARY = {
  global: 'is not declared in this file (a global)',
  imported: 'is imported from another module',
  exported: 'is exported: other modules may import it',
  ambient: 'is declared ambient (`declare`): the value it describes is defined elsewhere by this name',
  parameter: 'destructures a parameter: callers (maybe in other files) pass it by this name',
  /**
   * TS/TSX property names are never renamed: an interface or type may describe data read or sent elsewhere by this
   * name (camel-cased API responses), and its members cannot be told apart from the component's own state here.
   */
  property: 'is a TS/TSX property name: its type may describe data read or sent elsewhere by this name',
  prop: 'is a prop: the component (maybe in another file) reads it by this name',
};
