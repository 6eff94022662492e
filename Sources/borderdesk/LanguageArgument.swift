import ArgumentParser
import Words

/// `--lang id|en` wherever it is taken: anything else is a usage error (exit 64) that names both.
extension Language: ExpressibleByArgument {}
