#pragma once

namespace Atelier {

/// The console's keyboard rules for Qt's own widgets, for every window of the application (installed once, by the
/// main window): Tab leaves a table in one press, the arrow keys move between its cells. A QTableView otherwise moves
/// from cell to cell with Tab and wraps round, so the keyboard focus never leaves a table of two cells or more
/// (docs/accessibility.md, "focus-trap").
void installKeyboardPolicy();

} // namespace Atelier
