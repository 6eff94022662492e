import ExactKeys

/// The state in a checkpoint. Only what cannot be read again is written: the events kept whole,
/// what passenger checks made of each voyage, each post's activity, the corrections. Operations,
/// checklists, meetings, actions, the desk and acknowledgements are written as the kept events
/// each is made of (positions) and folded again from them on reading, exactly as a void re-reads
/// a thing: a few percent of a large log, and nothing here can disagree with the reducers.
extension BorderState {
    func write(to w: inout CheckpointWriter) throws {
        w.unsigned(UInt64(kept.count))
        for i in 0..<kept.count { try w.event(kept[i]) }
        try w.mark(2)
        w.unsigned(UInt64(voyages.count))
        for voyage in voyages.values { try voyage.write(to: &w) }
        try w.mark(3)
        try Self.writeThings(operations, to: &w)
        try Self.writeThings(checklists, to: &w)
        try Self.writeThings(meetings, to: &w)
        try Self.writeThings(actions, to: &w)
        w.ints(desk.reportKept)
        // Metrics whose reports were all voided keep a total of 0 (the desk lists them).
        try w.strings(desk.totals.keys.map(\.rawValue).sorted())
        w.unsigned(UInt64(desk.seizureKept.count))
        for (key, positions) in desk.seizureKept.sorted(by: { $0.key < $1.key }) {
            try w.string(key.string)
            w.ints(positions)
        }
        try w.mark(4)
        w.unsigned(UInt64(posts.count))
        for post in posts.values { try post.write(to: &w) }
        w.int(exerciseEvents)
        w.optionalTimestamp(lastEventTime)
        w.unsigned(UInt64(keptAcknowledgements.count))
        for ack in keptAcknowledgements {
            try w.envelope(ack.envelope)
            try w.string(ack.alert)
            try w.optionalString(ack.note)
        }
        w.unsigned(UInt64(acknowledgementsKept.count))
        for (alert, positions) in acknowledgementsKept.sorted(by: { ExactKey($0.key) < ExactKey($1.key) }) {
            try w.string(alert)
            w.ints(positions)
        }
        w.unsigned(UInt64(corrections.count))
        for correction in corrections { try w.correction(correction) }
        w.int(voyageSerials)
        w.ints(removedVoyageSerials)
        for count in [leftOut.voyages, leftOut.operations, leftOut.meetings] { w.int(count) }
        w.optionalTimestamp(leftOut.since)
        for total in leftOut.desk.totals { w.int64(total) }
        w.int(leftOut.desk.seizures)
        w.int64(leftOut.desk.valueIDR)
        w.int64(leftOut.desk.suspects)
        try w.mark(5)
    }

    private static func writeThings<Thing: KeptEventFolding>(_ table: KeyedTable<Thing>, to w: inout CheckpointWriter) throws {
        w.unsigned(UInt64(table.count))
        for thing in table.values {
            try w.string(thing.id)
            w.ints(thing.keptPositions)
        }
    }

    init(from r: inout CheckpointReader) throws {
        self.init()
        for _ in 0..<(try r.count()) { kept.append(try r.event()) }
        try r.mark(2)
        let voyageCount = try r.count()
        voyages = KeyedTable(reservingCapacity: Self.reservation(voyageCount))
        for _ in 0..<voyageCount {
            let voyage = try Voyage(from: &r, kept: kept)
            guard voyages.locate(voyage.id) == nil else { throw r.failure("voyage repeated") }
            _ = voyages.append(voyage)
        }
        try r.mark(3)
        operations = try Self.readThings(&r, kept)
        checklists = try Self.readThings(&r, kept)
        meetings = try Self.readThings(&r, kept)
        actions = try Self.readThings(&r, kept)
        for position in try r.ints() {
            guard let event = try Self.keptEvent(position, kept, &r),
                  case let .kpiReported(date, agency, metric, count) = event.body else { throw r.failure("not a KPI report") }
            desk.add(KPIReport(date: date, agency: agency, metric: metric, count: count, post: event.envelope.post, exercise: event.envelope.exercise),
                     kept: position)
        }
        for metric in try r.strings() {
            guard let metric = KPIMetric(rawValue: metric) else { throw r.failure("unknown metric") }
            desk.keepTotal(metric)
        }
        for _ in 0..<(try r.count()) {
            _ = try r.string()
            for position in try r.ints() {
                guard let event = try Self.keptEvent(position, kept, &r), case .seizureRecorded = event.body else { throw r.failure("not a seizure") }
                desk.record(event, kept: position)
            }
        }
        try r.mark(4)
        for _ in 0..<(try r.count()) {
            let post = try PostActivity(from: &r)
            guard posts.locate(post.id) == nil else { throw r.failure("post repeated") }
            _ = posts.append(post)
        }
        exerciseEvents = try r.int()
        lastEventTime = try r.optionalTimestamp()
        for _ in 0..<(try r.count()) {
            keptAcknowledgements.append((try r.envelope(), try r.string(), try r.optionalString()))
        }
        for _ in 0..<(try r.count()) {
            let alert = try r.string()
            let positions = try r.ints()
            guard !positions.isEmpty, positions.allSatisfy({ keptAcknowledgements.indices.contains($0) }) else { throw r.failure("acknowledgement out of range") }
            acknowledgementsKept[alert] = positions
            for i in positions {
                let ack = keptAcknowledgements[i]
                acknowledge(ack.alert, ack.envelope, ack.note)
            }
        }
        for _ in 0..<(try r.count()) { corrections.append(try r.correction()) }
        voyageSerials = try r.int()
        removedVoyageSerials = try r.ints()
        (leftOut.voyages, leftOut.operations, leftOut.meetings) = (try r.int(), try r.int(), try r.int())
        leftOut.since = try r.optionalTimestamp()
        for m in leftOut.desk.totals.indices { leftOut.desk.totals[m] = try r.int64() }
        leftOut.desk.seizures = try r.int()
        (leftOut.desk.valueIDR, leftOut.desk.suspects) = (try r.int64(), try r.int64())
        try r.mark(5)
    }

    /// Room made for a count read from the checkpoint: at most 65,536 places (a headquarters'
    /// year has ~50,000 voyages), the rest grown into. The state is read while the seal is
    /// checked beside it, and a damaged count (bounded only by the bytes left) must not ask for
    /// memory by the gigabyte, which would stop the program instead of refusing the checkpoint.
    private static func reservation(_ count: Int) -> Int { min(count, 1 << 16) }

    private static func keptEvent(_ position: Int, _ kept: ChunkedArray<Event>, _ r: inout CheckpointReader) throws -> Event? {
        guard (0..<kept.count).contains(position) else { throw r.failure("kept event out of range") }
        return kept[position]
    }

    /// Each thing folded again from its kept events, in the table's order (which a void keeps).
    private static func readThings<Thing: KeptEventFolding>(_ r: inout CheckpointReader, _ kept: ChunkedArray<Event>) throws -> KeyedTable<Thing> {
        let count = try r.count()
        var table = KeyedTable<Thing>(reservingCapacity: Self.reservation(count))
        for _ in 0..<count {
            let id = try r.string()
            let positions = try r.ints()
            guard let first = positions.first, positions.allSatisfy({ (0..<kept.count).contains($0) }) else { throw r.failure("kept event out of range") }
            guard table.locate(id) == nil else { throw r.failure("\(id.debugDescription) repeated") }
            var thing = Thing(id: id, post: kept[first].envelope.post)
            for i in positions { thing.fold(kept[i]) }
            thing.keptPositions = positions
            _ = table.append(thing)
        }
        return table
    }
}

extension PostActivity {
    func write(to w: inout CheckpointWriter) throws {
        try w.string(post)
        w.int(events)
        w.optionalTimestamp(lastEvent)
        w.unsigned(UInt64(earlierDays.count))
        for (day, count) in earlierDays.sorted(by: { $0.key < $1.key }) {
            w.int64(day)
            w.int(count)
        }
        w.int64(currentDay)
        w.int64(currentDayStart)
        w.int(currentDayCount)
    }

    init(from r: inout CheckpointReader) throws {
        self.init(post: try r.string())
        events = try r.int()
        lastEvent = try r.optionalTimestamp()
        for _ in 0..<(try r.count()) { earlierDays[try r.int64()] = try r.int() }
        currentDay = try r.int64()
        currentDayStart = try r.int64()
        currentDayCount = try r.int()
    }
}
