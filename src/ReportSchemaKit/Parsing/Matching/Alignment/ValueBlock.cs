namespace ReportSchemaKit.Parsing.Matching.Alignment;

/// <summary>
/// One row's worth of values (exactly as many as the table has columns) that the text shows together: a whole
/// physical row of a grid, or a slice of a run of values between two labels.
/// </summary>
/// <param name="Start">Where its first value stands in the table's list of value tokens.</param>
/// <param name="Run">The run of values (between two labels or headers) it was cut from, counted in text order.</param>
/// <param name="FirstInRun">True where no value of its run comes before it: it follows the run's label directly.</param>
/// <param name="LastInRun">True where no value of its run comes after it: the next label follows it directly.</param>
/// <param name="SameLineAsLabel">True where it stands on the same physical row as its run's label.</param>
/// <param name="HasValue">True where at least one of its cells is not blank.</param>
/// <param name="LinesKnown">True where the layout numbers its lines as rows (a grid, aligned columns, tab rows), so that a block on another line than its label is known to be apart from it.</param>
/// <param name="OnOneLine">True where all its values stand on one line of a layout whose lines are rows: a printed row.</param>
/// <param name="NextLabelRun">The run the next row label opens, past group headers with no values between (its own run + 1 where none).</param>
/// <param name="AfterEmptyLabels">The first run of the labels with no values that stand right before its run's label (its own run where there are none).</param>
internal readonly record struct ValueBlock(int Start, int Run, bool FirstInRun, bool LastInRun, bool SameLineAsLabel, bool HasValue, bool LinesKnown, bool OnOneLine, int NextLabelRun, int AfterEmptyLabels);
