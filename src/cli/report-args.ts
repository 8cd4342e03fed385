/** The options of `reckon report`. */
export interface ReportArgs {
  readonly file?: string;
  readonly by?: string;
  readonly to?: string;
  readonly rates?: string;
  readonly asOf?: string;
  readonly kind?: readonly string[];
  readonly status?: readonly string[];
  readonly allocation?: string;
  readonly view?: string;
  readonly json?: boolean;
  /** `--html [file]`: the page, to the file or (`-`) to standard output. */
  readonly html?: string;
  readonly lang?: string;
}
