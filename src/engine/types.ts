// The contracts every codemod, transform and command relies on. Keep them stable: the JSON report is public.
import type Parser from 'tree-sitter';

export type SyntaxNode = Parser.SyntaxNode;
export type Tree = Parser.Tree;

/** What a file is, decided from its path. Grammars exist for python, javascript (with JSX), typescript and tsx. */
export type FileKind =
  | 'python'
  | 'javascript'
  | 'typescript'
  | 'tsx'
  | 'json'
  | 'yaml'
  | 'requirements'
  | 'makefile'
  | 'template'
  | 'rst'
  | 'markdown'
  | 'other';

/** A text edit in UTF-16 string offsets of `SourceFile.text` (tree-sitter's startIndex/endIndex use the same unit). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface SourceFile {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the checkout root, with `/` separators. */
  readonly relPath: string;
  /** The checkout root this file was found under. */
  readonly root: string;
  readonly kind: FileKind;
  /** Decoded text: BOM removed and CRLF turned into LF (both restored on write). */
  readonly text: string;
  /** tree-sitter tree of `text`, parsed on first use and shared by every codemod until the text changes. Null for kinds without a grammar. */
  readonly tree: Tree | null;
}

export interface ReviewRequest {
  /** Kind of site, e.g. `vendor-literal`, `ZD-6`, `dynamic-settings`. Part of the stable id. */
  siteKind: string;
  /** Where: a node or a string offset into the current text. */
  at: SyntaxNode | number;
  reason: string;
  suggestion: string;
  /** Text identifying the site for the stable id; defaults to the node's text or the line at `at`. */
  siteText?: string;
  /** Where the site ends when it spans lines (a whole test): every line through it belongs to this one item. */
  end?: SyntaxNode | number;
}

export interface TransformContext {
  readonly codemod: string;
  readonly campaign: string;
  /** Record that a site with a spec id (e.g. `RR-2`) was changed at this place. */
  site(id: string, at: SyntaxNode | number): void;
  /** Record something a human must decide. Never guess: call this instead. */
  review(item: ReviewRequest): void;
  /** A note about this file that is not a review item (e.g. "helper left unused"). */
  warn(message: string): void;
  /** A step to take after the run because of this change (e.g. reinstall what was removed); listed once per run. */
  followUp(message: string): void;
}

/** Edits (applied last to first), a whole new text, or nothing (unchanged). */
export type TransformOutput = Edit[] | string | null | undefined | void;

/** One language-level piece of a codemod: which files it reads and how it rewrites them. */
export interface CodemodPart {
  /** File kinds this part reads. */
  kinds: FileKind[];
  /** Literal strings the part can act on: a file containing none of them is never decoded or parsed. */
  needles: string[];
  /** Optional finer filter on the relative path. */
  appliesTo?(relPath: string): boolean;
  /** Pure: never prints, never throws for one file's trouble (a throw marks the file failed). */
  transform(file: SourceFile, ctx: TransformContext): TransformOutput;
}

export interface CodemodInfo {
  /** kebab-case name used on the command line. */
  name: string;
  /** One line for `list`. */
  description: string;
  /** Spec site ids this codemod covers, e.g. ['RR-1', 'RR-2'] (`Object.keys(sites)` when `sites` is declared). */
  siteIds: string[];
  /** The same ids with one line each on what the codemod does there (`list --sites`; docs/campaigns/ describes them). */
  sites?: Record<string, string>;
  /** Settings a user may give on the command line (`--option <codemod>.<name>=<value>`): name → one-line help. */
  options?: Record<string, string>;
  /** This codemod configured with option values (only names from `options` are passed). */
  configure?(values: Record<string, string>): Codemod;
  /** Shown in the summary and report when this codemod changed something (e.g. the lock command to run next). */
  followUp?: string;
  /**
   * A file that must exist beside a change this codemod made (e.g. the helper module a new import points at), as a
   * path relative to the same root. When it does not exist, the engine runs the codemod on it with empty text and
   * creates it. Gets the changed file's path and new text; undefined when the change needs no companion.
   */
  companionFile?(changedRelPath: string, newText: string): string | undefined;
  /**
   * Text every file that needs the companion holds (e.g. its import line). Files holding it are checked on every run,
   * changed or not, so an importer written by an interrupted run still gets its companion (or an error).
   */
  companionNeedle?: string;
}

/**
 * A codemod is one part, or several (one per language or site family) run in order on each file they accept, each
 * seeing the previous one's output with a fresh tree. Either way it has one name, one report entry.
 */
export type Codemod = CodemodInfo & (CodemodPart | { parts: CodemodPart[] });

export interface Campaign {
  name: string;
  description: string;
  /** Link to the deprecation ticket. */
  url: string;
  codemods: Codemod[];
  /** Campaign-specific text for `--report` and the `--branch` commit messages. */
  reportNotes?: CampaignReportNotes;
  /** What `audit` looks for and what it may leave alone. */
  audit?: AuditRules;
}

/** A conventional commit: `<type>!: <subject>`, with a BREAKING CHANGE footer when the change breaks something. */
export interface CommitNote {
  /** `feat`, `build`, `fix`, ... (the `!` is added when there is a breaking-change footer). */
  type: string;
  subject: string;
}

/** What one pull request or commit holds (one checkout, or one codemod's commit there): notes are chosen by it. */
export interface ReportScope {
  /** Codemods that changed something, in run order. */
  changedBy: string[];
  /** Changed sites by spec id. */
  sites: Record<string, number>;
  /** Changed files, relative to the checkout. */
  files: string[];
}

/** Campaign text, fixed or chosen by what the scope changed (undefined: none applies). */
export type ScopedText = string | ((scope: ReportScope) => string | undefined);

export interface CampaignReportNotes {
  /** The PR's title; its type becomes `build` when only `build`-type codemods changed something. */
  title: CommitNote;
  /** Text of the `BREAKING CHANGE:` footer; without one the title and commits carry no `!`. */
  breakingChange: ScopedText;
  /** Markdown for operators upgrading (e.g. the settings snippet). */
  operatorNote?: ScopedText;
  /** Per codemod name: its commit (codemods not listed get `feat` and their description). */
  commits?: Record<string, CommitNote>;
}

/** A deprecated thing `audit` counts, e.g. the vendor literal. */
export interface AuditTerm {
  name: string;
  pattern: RegExp;
}

/** An occurrence `audit` may leave in place (spec "leave alone"): by path glob and/or by the line's text. */
export interface AuditAllowRule {
  reason: string;
  paths?: string[];
  line?: RegExp;
}

export interface AuditRules {
  /** Checked in order; a match overlapping an earlier term's match is not counted twice. */
  terms: AuditTerm[];
  allowed: AuditAllowRule[];
}

export interface SiteRecord {
  id: string;
  /** Line in the file on disk before the run. */
  line: number;
  /** Line in the rewritten text, when the file changed (where it is on disk after a write). */
  lineAfter?: number;
  codemod: string;
}

export interface ReviewItem {
  /**
   * Stable: campaign + site kind + hash of path and whitespace-normalised site text; survives line shifts. Where the
   * same text occurs on several lines, the second and later (in line order) get `-2`, `-3`, ...: one item per line.
   */
  id: string;
  root?: string;
  path: string;
  /** Line in the file on disk before the run. */
  line: number;
  /** Line in the rewritten text, when the file changed (where it is on disk after a write). */
  lineAfter?: number;
  /** Last line of a site that spans lines (a whole test), before the run and, once changed, in the result. */
  endLine?: number;
  endLineAfter?: number;
  codemod: string;
  siteKind: string;
  reason: string;
  suggestion: string;
}

export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'failed';

export interface FileResult {
  /** Checkout root (absolute). */
  root: string;
  /** Relative to root, `/` separators. */
  path: string;
  status: FileStatus;
  reason?: string;
  /** Codemods that changed the file, in run order. */
  codemods: string[];
  sites: SiteRecord[];
  reviewItems: ReviewItem[];
  warnings: string[];
  /** Steps to take after the run because of this file's change (ctx.followUp); absent when none. */
  followUps?: string[];
  /** True when the file was parsed with tree-sitter. */
  parsed: boolean;
  /** Exact bytes-as-text before and after (BOM and line endings included); only for changed files. */
  before?: string;
  after?: string;
  /** The checkout (git work tree holding the root, else the root), absolute; set by the executor's report. */
  checkout?: string;
  /** Set when --write wrote the file. */
  written?: boolean;
  /** True when the file did not exist and the run creates it (a companion file). */
  created?: boolean;
}
