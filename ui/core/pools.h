#pragma once

class QThreadPool;

namespace Atelier {

/// The pool analyses run on (the Overview's figures, the Analytics views, report exports): two at once, so that
/// however many are asked for, the global pool keeps its threads for thumbnails, comments and the other views. An
/// analysis waits for its turn in the pool's queue, never on a thread. Call from the GUI thread; the pool belongs
/// to the application and goes with it.
QThreadPool *analysisPool();

/// The pool every other Request runs on (reads, writes, provider calls, decoding): never Qt's global pool, because
/// Qt's raster painter hands parts of its work to the global pool and waits for them on the GUI thread: a provider
/// call sitting 5 s in the global pool's only free thread froze painting for 5 s (seen on one core). Eight threads:
/// its work mostly waits on the network or the database.
QThreadPool *workPool();

} // namespace Atelier
