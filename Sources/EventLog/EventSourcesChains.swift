/// The sources' integrity chains (spec v2 `prev`/`verify`): taken as the files are read, or
/// deferred while catching up and hashed on other threads afterwards.
extension EventSources {
    /// Each file's integrity chain over what was read so far, in reading order (named files,
    /// then directories' files, then standard input); empty unless `chains` was given.
    public var chains: [(path: String, chain: FileChain)] {
        var out: [(String, FileChain)] = []
        for file in files + directories.flatMap(\.files) {
            if let chain = file.chain { out.append((file.path, chain)) }
        }
        if let stream, let chain = stream.chain { out.append((stream.path, chain)) }
        return out
    }

    /// With `ChainTracking(deferred: true)`: ends the deferred part. What was read so far
    /// without hashing is hashed on other threads, the reader's `descriptors` wake when a file's
    /// chain is done, and `readAvailable` takes it over (its seal is `.pending` meanwhile); from
    /// now on every file is hashed as it is read.
    /// Files taken up from a checkpoint (`resume`) are behind too, deferred or not.
    /// `oneCore`: each file on one thread (beside a live dashboard, whose appends must not wait
    /// for a core while two years of history are hashed); else on two where a chunk is large.
    /// `givingWayTo`: the dashboard's wakes, which the hashing holds back for (`ForegroundActivity`).
    public func hashInBackground(oneCore: Bool = false, givingWayTo foreground: ForegroundActivity? = nil) {
        chainTracking?.deferral?.active = false
        for file in files + directories.flatMap(\.files) where file.chainKeeper?.isBehind == true {
            guard let wake = chainWake ?? WakePipe() else { return }
            chainWake = wake
            file.hashInBackground(wake: wake, oneCore: oneCore, foreground: foreground)
        }
        chainsPending = chainWake != nil
    }

    /// Waits for the chains being hashed in the background and takes them over (a report's
    /// anchors need them).
    public func finishChains() {
        guard chainsPending else { return }
        for file in files + directories.flatMap(\.files) { file.chainKeeper?.collect(wait: true) }
        chainsPending = false
    }

    /// Takes over the background chains that are done.
    func collectChains() {
        guard chainsPending, let chainWake else { return }
        chainWake.drain()
        var pending = false
        for file in files + directories.flatMap(\.files) {
            file.chainKeeper?.collect(wait: false)
            if file.chainKeeper?.seal == .pending { pending = true }
        }
        chainsPending = pending
    }

    /// Each file's chain seal now (`chains`, without copying the chains).
    public var seals: [(path: String, seal: ChainSeal)] {
        var out: [(String, ChainSeal)] = []
        for file in files + directories.flatMap(\.files) {
            if let seal = file.chainKeeper?.seal { out.append((file.path, seal)) }
        }
        if let stream, let seal = stream.chain?.seal { out.append((stream.path, seal)) }
        return out
    }
}
