import Words

/// The dashboard's name for a word of the one table (`Words`). Kept while the loop's files that
/// say `UIText` are rewritten; new code says `Word`.
public typealias UIText = Word
