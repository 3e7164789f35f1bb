#pragma once

class QThreadPool;

namespace Atelier {

/// The pool analyses run on (the Overview's figures, the Analytics views, report exports): two at once, so that
/// however many are asked for, the global pool keeps its threads for thumbnails, comments and the other views. An
/// analysis waits for its turn in the pool's queue, never on a thread. Call from the GUI thread; the pool belongs
/// to the application and goes with it.
QThreadPool *analysisPool();

} // namespace Atelier
