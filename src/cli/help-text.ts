import { MAX_TEXT_LENGTH } from '../core/types.ts';

export const USAGE_HINT = 'Run "guidepost --help" for usage.';

export const HELP_TEXT = `Usage:
  guidepost check [options] TEXT...
  guidepost check [options] --input FILE
  guidepost help

Checks posts against the organisation's social media guidelines and prints
what it finds.

Input:
  TEXT...                   Each argument is one post; their ids are 1, 2, ...
                            Put -- before a text that starts with "-".
  -i, --input FILE          Read posts from FILE, or from standard input if FILE is -.
  --input-format KIND       jsonl, csv or text. Without it the kind follows FILE's
                            extension: .jsonl and .ndjson are JSON Lines, .csv is
                            CSV, anything else (and standard input) is text.

Input kinds:
  jsonl  One JSON object per line:
           {"id", "text", "reply", "quoted", "profile", "lang", "platform"}
         Only "text" is required. "id" may be a string or a number and is
         echoed unchanged; without it the line number is the id. Types are
         strict (null is not "absent"); other fields are ignored. Blank lines
         are skipped.
  csv    A header row, then one post per row. The "text" column is required;
         id, reply, quoted, profile, lang and platform are optional (column
         names are case-insensitive, other columns are ignored). Quoted fields
         may span lines. Empty cells count as not set. reply takes true, false,
         yes, no, 1 or 0. The id is the cell as a string, or else the number of
         the line the row starts on. CRLF line breaks inside fields are read as
         LF, and spans count in that text. The whole file is read at once.
  text   One post per non-empty line; the id is the line number.
  Input is read as UTF-8 (bytes that aren't become U+FFFD). JSON Lines and
  text are read line by line, so large files are fine.

Post options (apply to TEXT arguments, and are the defaults for records that
don't set the field themselves):
  --profile official|personal          Whose voice the posts are in (the core's
                                       default is official).
  --reply                              The posts are replies.
  --lang CODE                          Language tag, such as en or pt-BR.
  --platform x|bluesky|mastodon|threads

Output:
  -f, --format text|jsonl|json
    text   (default) One line per finding:
             WHERE  START-END  SEVERITY  CATEGORY  MESSAGE
           (with "quoted" before START-END when the finding is in the quoted
           post's text) where WHERE is FILE:LINE (plus [id ID] when the record has one) or
           "text N" for arguments, then the excerpt with the flagged span in
           ⟦ ⟧ (arguments show the whole text), then a summary line.
    jsonl  Exactly one line per valid record, in input order:
             {"id": ..., "findings": [{"rule", "category", "start", "end",
              "severity", "message", "quoted"}, ...]}
           "quoted": true appears only on findings in the quoted text.
    json   The same objects as one JSON array.
  START and END are UTF-16 code unit offsets into the post's text (or the
  quoted text, for quoted findings), END exclusive.

Malformed records (invalid JSON, not an object, a missing or wrongly typed
field, a text longer than ${MAX_TEXT_LENGTH} characters, a CSV row with the wrong
number of fields) are reported on standard error as FILE:LINE: REASON and
skipped. The other records are still checked, and the exit status depends
only on them.

Exit status:
  0  no findings
  1  at least one finding
  2  bad usage, or input that can't be read (missing file, directory, read
     error, CSV without a "text" column)
  3  internal error (a bug in guidepost)

Examples:
  npm run --silent guidepost -- check "Vote for Jane Smith"
  npm run --silent guidepost -- check --input posts.jsonl --format jsonl
  cat drafts.txt | npm run --silent guidepost -- check --input - --profile personal
`;
