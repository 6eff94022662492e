import BorderOps
import ExactKeys

/// A row of the voyages, operations or Timpora pane: an item of a post.
protocol PaneItem: Identified {
    var post: String { get }
}

extension Voyage: PaneItem {}
extension JointOperation: PaneItem {}
extension Meeting: PaneItem {}
